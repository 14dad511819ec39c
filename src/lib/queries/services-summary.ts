import { placeholders, type Query } from './query';

/**
 * The service-level summary measures, per country and edition (and life event), for /services and
 * for other pages (e.g. /analysis, beside the coded strategies). Shares are percentages of the
 * applicable services the benchmark measured:
 * - central, regional, local: national services provided at that level of government;
 * - providers: distinct organisations running the websites assessed for a life event
 *   (fragmentation; per country, the mean over its life events);
 * - portal: national services with a website reachable through the national portal (question A3);
 * - cross_border: cross-border services fully online for a user from another country (score 100);
 * - proactive: national services delivered without the user asking (as sheet 2d's % Proactive).
 */
export interface ServicesSummaryRow {
	country: string;
	name: string;
	edition: number;
	/** Data years the measures cover, e.g. "2022–2023". */
	years: string;
	life_event: string | null;
	services: number;
	central: number | null;
	regional: number | null;
	local: number | null;
	providers: number | null;
	portal: number | null;
	cross_border: number | null;
	proactive: number | null;
}

export const SUMMARY_MEASURES = [
	'central',
	'regional',
	'local',
	'providers',
	'portal',
	'cross_border',
	'proactive'
] as const;

export interface ServicesSummaryRequest {
	countries: readonly string[];
	/** `life_event`: one row per life event; `country`: pooled over the life events of an edition. */
	by: 'life_event' | 'country';
	/** Only this life event (workbook name); null for all. */
	lifeEvent?: string | null;
}

const share = (test: string, scope = 'national') =>
	`100 * avg(CASE WHEN ${test} THEN 1.0 ELSE 0.0 END) FILTER (WHERE r.scope = '${scope}')`;

const level = (name: string) =>
	`100 * avg(CASE WHEN r.gov_level = '${name}' THEN 1.0 ELSE 0.0 END) FILTER (WHERE r.scope = 'national' AND r.gov_level IS NOT NULL)`;

/** The summary measures (see ServicesSummaryRow), computed from egov_services. */
export function servicesSummaryQuery(req: ServicesSummaryRequest): Query<ServicesSummaryRow> {
	const inList = `country IN (${placeholders(req.countries.length)})`;
	const event = req.lifeEvent ? ' AND life_event = ?' : '';
	const filterParams = [...req.countries, ...(req.lifeEvent ? [req.lifeEvent] : [])];
	const byEvent = req.by === 'life_event';
	const keys = byEvent ? 'country, edition, life_event' : 'country, edition';
	return {
		columns: [
			'country',
			'edition',
			'life_event',
			'name',
			'years',
			'services',
			'central',
			'regional',
			'local',
			'providers',
			'portal',
			'cross_border',
			'proactive'
		],
		sql: `WITH r AS (
	SELECT country, edition, life_event, scope, service, min(year) AS year, any_value(gov_level) AS gov_level,
		max(CASE WHEN question_code = 'applicable' THEN answer_text END) AS applicable,
		max(CASE WHEN question_code = 'proactive' THEN answer_text END) AS proactive,
		max(CASE WHEN question_code = 'online_availability' THEN answer_number END) AS online
	FROM egov_services WHERE site = 0 AND ${inList}${event}
	GROUP BY country, edition, life_event, scope, service
), portal AS (
	SELECT country, edition, life_event, service, bool_or(question_code = 'A3' AND answer_text = 'Yes') AS via_portal
	FROM egov_services WHERE site > 0 AND scope = 'national' AND ${inList}${event}
	GROUP BY country, edition, life_event, service
), per_event AS (
	SELECT country, edition, life_event, count(DISTINCT provider) AS providers
	FROM egov_services WHERE site > 0 AND scope = 'national' AND provider IS NOT NULL AND ${inList}${event}
	GROUP BY country, edition, life_event
), providers AS (
	SELECT ${keys}, avg(providers) AS providers FROM per_event GROUP BY ${keys}
)
SELECT ${byEvent ? 'r.country, r.edition, r.life_event' : 'r.country, r.edition, NULL AS life_event'},
	any_value(c.name) AS name,
	CASE WHEN min(r.year) = max(r.year) THEN min(r.year)::VARCHAR ELSE min(r.year) || '–' || max(r.year) END AS years,
	(count(*) FILTER (WHERE r.scope = 'national'))::INTEGER AS services,
	${level('Central')} AS central, ${level('Regional')} AS regional, ${level('Local')} AS local,
	any_value(p.providers) AS providers,
	${share('portal.via_portal')} AS portal,
	${share('r.online >= 100', 'cross-border')} AS cross_border,
	${share("r.proactive = 'Yes'")} AS proactive
FROM r JOIN countries c ON c.country = r.country
LEFT JOIN portal ON portal.country = r.country AND portal.edition = r.edition
	AND portal.life_event = r.life_event AND portal.service = r.service AND r.scope = 'national'
LEFT JOIN providers p ON p.country = r.country AND p.edition = r.edition${byEvent ? ' AND p.life_event = r.life_event' : ''}
WHERE r.applicable = 'Yes'
GROUP BY ${byEvent ? 'r.country, r.edition, r.life_event' : 'r.country, r.edition'}
ORDER BY r.country, r.edition${byEvent ? ', r.life_event' : ''}`,
		params: [...filterParams, ...filterParams, ...filterParams]
	};
}
