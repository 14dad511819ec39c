import { PUBLISHED_RANK } from '$lib/catalog/indicators';
import type { Sql } from './query';
import { placeholders } from './query';

/** What STANDING_COLUMNS add to a row. */
export interface Standing {
	/**
	 * Rank among the countries assessed that edition (1 = best). Where the source publishes its own
	 * rank, that one, out of the countries it ranks; null for a country it scored but did not rank
	 * (the OECD ranks its members only).
	 */
	rank: number | null;
	/** Countries ranked that edition: all assessed, or those the source ranks. */
	n: number;
	eu27_value: number | null;
	/** Where the EU27 average comes from: published by the source, or the mean of the members assessed. */
	eu27_role: 'eu27_published' | 'eu27_mean' | null;
	/** Member states averaged, for a mean (21 in the OECD index, which not every member takes part in). */
	eu27_n: number | null;
}

/**
 * Where a value stands in its edition, shared by the country profile and the overview: the CTEs
 * `obs` (countries' values, not aggregates, filtered by `where` over `o` observations and `c`
 * countries), `ranked` (with `rank` among every country assessed that edition and `n` of them),
 * `own_rank` (indicators whose source publishes its own rank) with `own_n` (how many it ranks each edition), `published` (the source's EU27
 * average) and `computed` (the mean of the member states assessed). Select from `ranked r` with
 * STANDING_JOINS to get STANDING_COLUMNS.
 */
export function standingWith(where: Sql): Sql {
	const ranks = Object.entries(PUBLISHED_RANK);
	const pairs = ranks.map(() => `(${placeholders(2)})`).join(', ');
	return {
		sql: `WITH obs AS (
	SELECT o.indicator_id, o.country, c.name, o.year, o.value, o.flag, o.ref_period, c.eu27
	FROM observations o JOIN countries c ON c.country = o.country
	WHERE NOT c.is_aggregate AND o.value IS NOT NULL AND (${where.sql})
), ranked AS (
	SELECT b.*, CAST(count(*) OVER (PARTITION BY b.indicator_id, b.year) AS INTEGER) AS n,
		CAST(rank() OVER (PARTITION BY b.indicator_id, b.year
			ORDER BY CASE WHEN i.higher_is_better THEN -b.value ELSE b.value END) AS INTEGER) AS rank
	FROM obs b JOIN indicators i ON i.indicator_id = b.indicator_id
), own_rank(indicator_id, rank_id) AS (VALUES ${pairs}
), own_n AS (
	SELECT w.indicator_id, o.year, CAST(count(*) AS INTEGER) AS n
	FROM own_rank w
	JOIN observations o ON o.indicator_id = w.rank_id AND o.value IS NOT NULL
	JOIN countries c ON c.country = o.country AND NOT c.is_aggregate
	GROUP BY ALL
), published AS (
	SELECT indicator_id, year, value FROM observations WHERE country = 'EU27' AND value IS NOT NULL
), computed AS (
	SELECT indicator_id, year, CAST(avg(value) AS DOUBLE) AS value, CAST(count(*) AS INTEGER) AS n
	FROM obs WHERE eu27 GROUP BY ALL
)`,
		params: [...where.params, ...ranks.flat()]
	};
}

/**
 * The rank and n (the source's own where it publishes ranks that edition, else among all assessed),
 * and the EU27 average with where it comes from.
 */
export const STANDING_COLUMNS = `CASE WHEN pn.n IS NULL THEN r.rank ELSE CAST(pr.value AS INTEGER) END AS rank,
	coalesce(pn.n, r.n) AS n,
	CAST(coalesce(p.value, m.value) AS DOUBLE) AS eu27_value,
	CASE WHEN p.value IS NOT NULL THEN 'eu27_published' WHEN m.value IS NOT NULL THEN 'eu27_mean' END AS eu27_role,
	CASE WHEN p.value IS NULL THEN m.n END AS eu27_n`;

export const STANDING_JOINS = `LEFT JOIN own_rank w ON w.indicator_id = r.indicator_id
LEFT JOIN observations pr ON pr.indicator_id = w.rank_id AND pr.country = r.country AND pr.year = r.year
LEFT JOIN own_n pn ON pn.indicator_id = r.indicator_id AND pn.year = r.year
LEFT JOIN published p ON p.indicator_id = r.indicator_id AND p.year = r.year
LEFT JOIN computed m ON m.indicator_id = r.indicator_id AND m.year = r.year`;

/** Rows with a rank: a country the source scored but did not rank has none. */
export const hasRank = <T extends { rank: number | null }>(r: T): r is T & { rank: number } =>
	r.rank !== null;
