import { placeholders, type Query } from './query';

export type Role = 'country' | 'eu27_published' | 'eu27_mean';

/** One value of the explorer's query: an indicator for a country (or the EU27 reference) and year. */
export interface ExploreRow {
	indicator_id: string;
	country: string;
	name: string;
	year: number;
	value: number;
	flag: string | null;
	role: Role;
	/** Member states averaged, for the computed EU27 mean. */
	n: number | null;
	/** Chosen for the chart; false for countries queried only to rank or standardise. */
	picked: boolean;
	eu27: boolean;
}

/** An ExploreRow's columns, in the order the explorer's query returns them. */
export const EXPLORE_COLUMNS = [
	'indicator_id',
	'country',
	'name',
	'year',
	'value',
	'flag',
	'role',
	'n',
	'picked',
	'eu27'
] as const;

export interface ExploreRequest {
	indicators: readonly string[];
	/** The chosen countries, or every country assessed. */
	countries: readonly string[] | 'all';
	/** First and last year, both included; null for the open end. */
	from: number | null;
	to: number | null;
	/** Also return the countries not chosen (`picked` false): ranks and z-scores need them. */
	everyone: boolean;
}

/**
 * Values of the indicators for the chosen countries and years (`role` 'country'), with the EU27
 * reference: the source's own average where it publishes one ('eu27_published'), else the mean of
 * the member states assessed ('eu27_mean', `n` of them), by indicator, role, country and year: one
 * indicator's rows are in the same order whether it is asked alone or with others.
 */
export function exploreQuery(r: ExploreRequest): Query<ExploreRow> {
	const ids = placeholders(r.indicators.length || 1);
	const list = r.countries === 'all' ? [] : r.countries;
	const picked =
		r.countries === 'all'
			? 'TRUE'
			: list.length
				? `o.country IN (${placeholders(list.length)})`
				: 'FALSE';
	const indicators = r.indicators.length ? [...r.indicators] : [null];
	const years = [r.from ?? 0, r.to ?? 9999];
	const sql = `
WITH obs AS (
	SELECT o.indicator_id, o.country, c.name, o.year, o.value, o.flag, c.eu27, ${picked} AS picked
	FROM observations o JOIN countries c ON c.country = o.country
	WHERE o.indicator_id IN (${ids}) AND NOT c.is_aggregate AND o.value IS NOT NULL
		AND o.year BETWEEN ? AND ?
), published AS (
	SELECT o.indicator_id, o.country, 'EU27 average' AS name, o.year, o.value, o.flag,
		'eu27_published' AS role, NULL::INTEGER AS n
	FROM observations o
	WHERE o.indicator_id IN (${ids}) AND o.country = 'EU27' AND o.value IS NOT NULL
		AND o.year BETWEEN ? AND ?
), computed AS (
	SELECT b.indicator_id, 'EU27' AS country, 'EU27 average' AS name, b.year,
		CAST(avg(b.value) AS DOUBLE) AS value, NULL AS flag, 'eu27_mean' AS role, CAST(count(*) AS INTEGER) AS n
	FROM obs b
	WHERE b.eu27 AND NOT EXISTS (
		SELECT 1 FROM published p WHERE p.indicator_id = b.indicator_id AND p.year = b.year)
	GROUP BY b.indicator_id, b.year
)
SELECT indicator_id, country, name, year, value, flag, 'country' AS role, NULL::INTEGER AS n, picked, eu27
FROM obs WHERE picked OR ?
UNION ALL SELECT *, FALSE AS picked, FALSE AS eu27 FROM published
UNION ALL SELECT *, FALSE AS picked, FALSE AS eu27 FROM computed
ORDER BY indicator_id, role, country, year`;
	return {
		columns: EXPLORE_COLUMNS,
		sql,
		params: [...list, ...indicators, ...years, ...indicators, ...years, r.everyone]
	};
}
