import { PUBLISHED_RANK } from '$lib/catalog/indicators';
import { placeholders, type Query } from './query';

/** One edition of one indicator for the profiled country, with its rank and the EU27 average. */
export interface ProfileRow {
	indicator_id: string;
	year: number;
	value: number;
	flag: string | null;
	/** Rank among the countries assessed that edition (1 = best); the source's own where published. */
	rank: number;
	/** Countries assessed that edition. */
	n: number;
	eu27_value: number | null;
	/** Where the EU27 average comes from: published by the source, or the mean of the members assessed. */
	eu27_role: 'eu27_published' | 'eu27_mean' | null;
}

/**
 * Every indicator of one country in every edition: value, rank among all countries assessed
 * that edition, and the EU27 average (the source's own where it publishes one, else the mean of
 * the member states assessed).
 */
export function countryProfileQuery(country: string): Query {
	const published = Object.entries(PUBLISHED_RANK);
	const pairs = published.map(() => `(${placeholders(2)})`).join(', ');
	const sql = `
WITH obs AS (
	SELECT o.indicator_id, o.country, o.year, o.value, o.flag, c.eu27
	FROM observations o JOIN countries c ON c.country = o.country
	WHERE NOT c.is_aggregate AND o.value IS NOT NULL AND o.indicator_id IN (
		SELECT indicator_id FROM observations WHERE country = ? AND value IS NOT NULL)
), ranked AS (
	SELECT b.*, CAST(count(*) OVER (PARTITION BY b.indicator_id, b.year) AS INTEGER) AS n,
		CAST(rank() OVER (PARTITION BY b.indicator_id, b.year
			ORDER BY CASE WHEN i.higher_is_better THEN -b.value ELSE b.value END) AS INTEGER) AS rank
	FROM obs b JOIN indicators i ON i.indicator_id = b.indicator_id
), own_rank(indicator_id, rank_id) AS (VALUES ${pairs}
), published AS (
	SELECT indicator_id, year, value FROM observations WHERE country = 'EU27' AND value IS NOT NULL
), computed AS (
	SELECT indicator_id, year, CAST(avg(value) AS DOUBLE) AS value FROM obs WHERE eu27 GROUP BY ALL
)
SELECT r.indicator_id, CAST(r.year AS INTEGER) AS year, CAST(r.value AS DOUBLE) AS value, r.flag,
	coalesce(CAST(pr.value AS INTEGER), r.rank) AS rank, r.n,
	CAST(coalesce(p.value, m.value) AS DOUBLE) AS eu27_value,
	CASE WHEN p.value IS NOT NULL THEN 'eu27_published' WHEN m.value IS NOT NULL THEN 'eu27_mean' END AS eu27_role
FROM ranked r
LEFT JOIN own_rank w ON w.indicator_id = r.indicator_id
LEFT JOIN observations pr ON pr.indicator_id = w.rank_id AND pr.country = r.country AND pr.year = r.year
LEFT JOIN published p ON p.indicator_id = r.indicator_id AND p.year = r.year
LEFT JOIN computed m ON m.indicator_id = r.indicator_id AND m.year = r.year
WHERE r.country = ?
ORDER BY r.indicator_id, r.year`;
	return { sql, params: [country, ...published.flat(), country] };
}
