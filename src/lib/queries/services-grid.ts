import { placeholders, type Query } from './query';

export interface ServicesGridRequest {
	countries: readonly string[];
	edition: number;
	/** Life event as the workbooks name it (egov_services.life_event). */
	lifeEvent: string;
	level: 'all' | 'central' | 'regional' | 'local';
	type: 'all' | 'informational' | 'transactional';
}

/** A service's result in one country: sheet 3a's row (site 0) of egov_services. */
export interface ServiceResultRow {
	country: string;
	name: string;
	service: string;
	service_type: string | null;
	gov_level: string | null;
	applicable: string | null;
	proactive: string | null;
	online: number | null;
}

/** Orders services by their number (1.1, 1.2, …, 10.1), not as text. */
export const SERVICE_ORDER = `try_cast(regexp_extract(service, '^(\\d+)', 1) AS INTEGER),
	try_cast(regexp_extract(service, '^\\d+\\.(\\d+)', 1) AS INTEGER), service`;

/** One row per national service and country: type, level, applicable, proactive, online score. */
export function servicesGridQuery(r: ServicesGridRequest): Query<ServiceResultRow> {
	return {
		columns: [
			'country',
			'name',
			'service',
			'service_type',
			'gov_level',
			'applicable',
			'proactive',
			'online'
		],
		sql: `SELECT country, any_value(c.name) AS name, service, any_value(service_type) AS service_type,
	any_value(gov_level) AS gov_level,
	max(CASE WHEN question_code = 'applicable' THEN answer_text END) AS applicable,
	max(CASE WHEN question_code = 'proactive' THEN answer_text END) AS proactive,
	max(CASE WHEN question_code = 'online_availability' THEN answer_number END) AS online
FROM egov_services JOIN countries c USING (country)
WHERE site = 0 AND scope = 'national' AND edition = ? AND life_event = ?
	AND country IN (${placeholders(r.countries.length)})
	AND (? = 'all' OR lower(gov_level) = ?) AND (? = 'all' OR lower(service_type) = ?)
GROUP BY country, service
ORDER BY ${SERVICE_ORDER}, country`,
		params: [r.edition, r.lifeEvent, ...r.countries, r.level, r.level, r.type, r.type]
	};
}

/** The columns of egov_services the service pages load (not the labels, rows or source ids). */
export const SERVICE_COLUMNS = [
	'country',
	'edition',
	'life_event',
	'scope',
	'service',
	'site',
	'year',
	'service_type',
	'gov_level',
	'provider',
	'url',
	'question_code',
	'answer_number',
	'answer_text'
] as const;

/** Countries with service data, by name. */
export const serviceCountriesQuery = (): Query => ({
	columns: ['country', 'name'],
	sql: `SELECT DISTINCT s.country, c.name FROM egov_services s JOIN countries c USING (country) ORDER BY c.name`,
	params: []
});
