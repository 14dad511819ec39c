import { placeholders, type Query } from './query';
import { SERIES_COLUMNS, type SeriesRow } from './series';

export interface RankRequest {
	indicator: string;
	countries: readonly string[];
	higherIsBetter: boolean;
}

/**
 * Rank of each chosen country among all countries assessed in each edition (1 = best), with the
 * number assessed, plus the mean rank of the EU27 member states assessed as the reference.
 */
export function rankSeriesQuery({
	indicator,
	countries,
	higherIsBetter
}: RankRequest): Query<SeriesRow> {
	const direction = higherIsBetter ? 'DESC' : 'ASC';
	const picked = countries.length ? `r.country IN (${placeholders(countries.length)})` : 'FALSE';
	const sql = `
WITH ranked AS (
	SELECT o.country, o.year, o.flag,
		CAST(rank() OVER (PARTITION BY o.year ORDER BY o.value ${direction}) AS DOUBLE) AS value,
		CAST(count(*) OVER (PARTITION BY o.year) AS INTEGER) AS n
	FROM observations o JOIN countries c ON c.country = o.country
	WHERE o.indicator_id = ? AND NOT c.is_aggregate AND o.value IS NOT NULL
)
SELECT r.country, c.name, r.year, r.value, r.flag, 'country' AS role, r.n
FROM ranked r JOIN countries c ON c.country = r.country
WHERE ${picked}
UNION ALL
SELECT 'EU27', 'EU27 average', r.year, CAST(avg(r.value) AS DOUBLE), NULL, 'eu27_mean', CAST(count(*) AS INTEGER)
FROM ranked r JOIN countries c ON c.country = r.country
WHERE c.eu27
GROUP BY r.year
ORDER BY role, country, year`;
	return {
		columns: SERIES_COLUMNS,
		sql,
		params: [indicator, ...countries]
	};
}
