import { PUBLISHED_RANK } from '$lib/catalog/indicators';
import type { Query } from './query';
import { placeholders } from './query';

/** What STANDING_COLUMNS add to a row. */
export interface Standing {
	/** Rank among the countries assessed that edition (1 = best); the source's own where published. */
	rank: number;
	/** Countries assessed that edition. */
	n: number;
	eu27_value: number | null;
	/** Where the EU27 average comes from: published by the source, or the mean of the members assessed. */
	eu27_role: 'eu27_published' | 'eu27_mean' | null;
}

/**
 * Where a value stands in its edition, shared by the country profile and the overview: the CTEs
 * `obs` (countries' values, not aggregates, filtered by `where` over `o` observations and `c`
 * countries), `ranked` (with `rank` among every country assessed that edition and `n` of them),
 * `own_rank` (indicators whose source publishes its own rank), `published` (the source's EU27
 * average) and `computed` (the mean of the member states assessed). Select from `ranked r` with
 * STANDING_JOINS to get STANDING_COLUMNS.
 */
export function standingWith(where: Query): Query {
	const ranks = Object.entries(PUBLISHED_RANK);
	const pairs = ranks.map(() => `(${placeholders(2)})`).join(', ');
	return {
		sql: `WITH obs AS (
	SELECT o.indicator_id, o.country, c.name, o.year, o.value, o.flag, c.eu27
	FROM observations o JOIN countries c ON c.country = o.country
	WHERE NOT c.is_aggregate AND o.value IS NOT NULL AND (${where.sql})
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
)`,
		params: [...where.params, ...ranks.flat()]
	};
}

/** The rank (the source's own where published), n, and the EU27 average with where it comes from. */
export const STANDING_COLUMNS = `coalesce(CAST(pr.value AS INTEGER), r.rank) AS rank, r.n,
	CAST(coalesce(p.value, m.value) AS DOUBLE) AS eu27_value,
	CASE WHEN p.value IS NOT NULL THEN 'eu27_published' WHEN m.value IS NOT NULL THEN 'eu27_mean' END AS eu27_role`;

export const STANDING_JOINS = `LEFT JOIN own_rank w ON w.indicator_id = r.indicator_id
LEFT JOIN observations pr ON pr.indicator_id = w.rank_id AND pr.country = r.country AND pr.year = r.year
LEFT JOIN published p ON p.indicator_id = r.indicator_id AND p.year = r.year
LEFT JOIN computed m ON m.indicator_id = r.indicator_id AND m.year = r.year`;
