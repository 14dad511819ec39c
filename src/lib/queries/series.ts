import { placeholders, type Query } from './query';

/** One point of a line: a country's (or the EU27 reference's) value in an edition. */
export interface SeriesRow {
	country: string;
	name: string;
	year: number;
	value: number;
	role: 'country' | 'eu27_published' | 'eu27_mean';
	flag?: string | null;
	/** Countries averaged (EU27 mean) or ranked (rank views). */
	n?: number | null;
}

/** A SeriesRow's columns, in the order the series queries return them. */
export const SERIES_COLUMNS = ['country', 'name', 'year', 'value', 'flag', 'role', 'n'] as const;

export interface SeriesRequest {
	indicator: string;
	countries: readonly string[];
}

/**
 * One indicator for the chosen countries, plus the EU27 average: the source's own where it
 * publishes one, otherwise the mean of the member states assessed (`role` tells which).
 */
export function seriesQuery({ indicator, countries }: SeriesRequest): Query<SeriesRow> {
	const picked = countries.length ? `o.country IN (${placeholders(countries.length)})` : 'FALSE';
	const sql = `
WITH picked AS (
	SELECT o.country, c.name, o.year, o.value, o.flag, 'country' AS role, NULL::INTEGER AS n
	FROM observations o JOIN countries c ON c.country = o.country
	WHERE o.indicator_id = ? AND ${picked} AND o.value IS NOT NULL
), published AS (
	SELECT o.country, 'EU27 average' AS name, o.year, o.value, o.flag, 'eu27_published' AS role, NULL::INTEGER AS n
	FROM observations o
	WHERE o.indicator_id = ? AND o.country = 'EU27' AND o.value IS NOT NULL
), computed AS (
	SELECT 'EU27' AS country, 'EU27 average' AS name, o.year, CAST(avg(o.value) AS DOUBLE) AS value,
		NULL AS flag, 'eu27_mean' AS role, CAST(count(*) AS INTEGER) AS n
	FROM observations o JOIN countries c ON c.country = o.country
	WHERE o.indicator_id = ? AND c.eu27 AND o.value IS NOT NULL
		AND o.year NOT IN (SELECT year FROM published)
	GROUP BY o.year
)
SELECT * FROM picked UNION ALL SELECT * FROM published UNION ALL SELECT * FROM computed
ORDER BY role, country, year`;
	return {
		columns: SERIES_COLUMNS,
		sql,
		params: [indicator, ...countries, indicator, indicator]
	};
}
