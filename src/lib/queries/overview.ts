import { PUBLISHED_RANK } from '$lib/catalog/indicators';
import { placeholders, type Query } from './query';

/** One edition of a headline benchmark for one of the chosen countries, as the overview shows it. */
export interface OverviewRow {
	indicator_id: string;
	country: string;
	name: string;
	year: number;
	value: number;
	flag: string | null;
	/** Rank among every country assessed that edition (1 = best); the source's own where published. */
	rank: number;
	/** Countries assessed that edition. */
	n: number;
	eu27_value: number | null;
	eu27_role: 'eu27_published' | 'eu27_mean' | null;
	/** The country's latest edition of the indicator. */
	latest: boolean;
	target_value: number | null;
	target_year: number | null;
	/** Target value − value (positive = still below the target); null without a target that year. */
	distance: number | null;
}

export interface OverviewRequest {
	indicators: readonly string[];
	countries: readonly string[];
	/** The year of the policy targets to measure against (e.g. the Digital Decade's 2030). */
	targetYear: number;
}

/**
 * Every edition of the indicators for the chosen countries: value, rank among all countries
 * assessed, the EU27 average (the source's own where published, else the mean of the member states
 * assessed), whether it is the country's latest edition, and the distance to the target due in
 * `targetYear` where targets.parquet has one.
 */
export function overviewQuery({ indicators, countries, targetYear }: OverviewRequest): Query {
	const ids = placeholders(indicators.length || 1);
	const picked = countries.length ? `r.country IN (${placeholders(countries.length)})` : 'FALSE';
	const published = Object.entries(PUBLISHED_RANK);
	const pairs = published.map(() => `(${placeholders(2)})`).join(', ');
	const list = indicators.length ? [...indicators] : [null];
	const sql = `
WITH obs AS (
	SELECT o.indicator_id, o.country, c.name, o.year, o.value, o.flag, c.eu27
	FROM observations o JOIN countries c ON c.country = o.country
	WHERE o.indicator_id IN (${ids}) AND NOT c.is_aggregate AND o.value IS NOT NULL
), ranked AS (
	SELECT b.*, CAST(count(*) OVER (PARTITION BY b.indicator_id, b.year) AS INTEGER) AS n,
		CAST(rank() OVER (PARTITION BY b.indicator_id, b.year
			ORDER BY CASE WHEN i.higher_is_better THEN -b.value ELSE b.value END) AS INTEGER) AS rank
	FROM obs b JOIN indicators i ON i.indicator_id = b.indicator_id
), own_rank(indicator_id, rank_id) AS (VALUES ${pairs}
), published AS (
	SELECT indicator_id, year, value FROM observations
	WHERE indicator_id IN (${ids}) AND country = 'EU27' AND value IS NOT NULL
), computed AS (
	SELECT indicator_id, year, CAST(avg(value) AS DOUBLE) AS value FROM obs WHERE eu27 GROUP BY ALL
), goal AS (
	SELECT indicator_id, CAST(max(target_value) AS DOUBLE) AS target_value,
		CAST(max(target_year) AS INTEGER) AS target_year
	FROM targets WHERE target_year = ? GROUP BY indicator_id
)
SELECT r.indicator_id, r.country, r.name, CAST(r.year AS INTEGER) AS year,
	CAST(r.value AS DOUBLE) AS value, r.flag, coalesce(CAST(pr.value AS INTEGER), r.rank) AS rank, r.n,
	CAST(coalesce(p.value, m.value) AS DOUBLE) AS eu27_value,
	CASE WHEN p.value IS NOT NULL THEN 'eu27_published' WHEN m.value IS NOT NULL THEN 'eu27_mean' END AS eu27_role,
	r.year = max(r.year) OVER (PARTITION BY r.indicator_id, r.country) AS latest,
	g.target_value, g.target_year, CAST(g.target_value - r.value AS DOUBLE) AS distance
FROM ranked r
LEFT JOIN own_rank w ON w.indicator_id = r.indicator_id
LEFT JOIN observations pr ON pr.indicator_id = w.rank_id AND pr.country = r.country AND pr.year = r.year
LEFT JOIN published p ON p.indicator_id = r.indicator_id AND p.year = r.year
LEFT JOIN computed m ON m.indicator_id = r.indicator_id AND m.year = r.year
LEFT JOIN goal g ON g.indicator_id = r.indicator_id
WHERE ${picked}
ORDER BY r.indicator_id, r.country, r.year`;
	return {
		sql,
		params: [...list, ...published.flat(), ...list, targetYear, ...countries]
	};
}
