import { placeholders, type Query } from './query';
import { STANDING_COLUMNS, STANDING_JOINS, standingWith, type Standing } from './standing';

/** One edition of a headline benchmark for one of the chosen countries, as the overview shows it. */
export interface OverviewRow extends Standing {
	indicator_id: string;
	country: string;
	name: string;
	year: number;
	value: number;
	flag: string | null;
	/** The data period the edition describes, as the source gives it (e.g. "2022-2023"). */
	ref_period: string | null;
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
export function overviewQuery({
	indicators,
	countries,
	targetYear
}: OverviewRequest): Query<OverviewRow> {
	const list = indicators.length ? [...indicators] : [null];
	const standing = standingWith({
		sql: `o.indicator_id IN (${placeholders(list.length)})`,
		params: list
	});
	const picked = countries.length ? `r.country IN (${placeholders(countries.length)})` : 'FALSE';
	const sql = `${standing.sql}, goal AS (
	SELECT indicator_id, CAST(max(target_value) AS DOUBLE) AS target_value,
		CAST(max(target_year) AS INTEGER) AS target_year
	FROM targets WHERE target_year = ? GROUP BY indicator_id
)
SELECT r.indicator_id, r.country, r.name, CAST(r.year AS INTEGER) AS year,
	CAST(r.value AS DOUBLE) AS value, r.flag, r.ref_period, ${STANDING_COLUMNS},
	r.year = max(r.year) OVER (PARTITION BY r.indicator_id, r.country) AS latest,
	g.target_value, g.target_year, CAST(g.target_value - r.value AS DOUBLE) AS distance
FROM ranked r
${STANDING_JOINS}
LEFT JOIN goal g ON g.indicator_id = r.indicator_id
WHERE ${picked}
ORDER BY r.indicator_id, r.country, r.year`;
	return {
		columns: [
			'indicator_id',
			'country',
			'name',
			'year',
			'value',
			'flag',
			'ref_period',
			'rank',
			'n',
			'eu27_value',
			'eu27_role',
			'eu27_n',
			'latest',
			'target_value',
			'target_year',
			'distance'
		],
		sql,
		params: [...standing.params, targetYear, ...countries]
	};
}
