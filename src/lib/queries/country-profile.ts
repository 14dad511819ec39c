import type { Query } from './query';
import { STANDING_COLUMNS, STANDING_JOINS, standingWith, type Standing } from './standing';

/** One edition of one indicator for the profiled country, with its rank and the EU27 average. */
export interface ProfileRow extends Standing {
	indicator_id: string;
	year: number;
	value: number;
	flag: string | null;
	/** The data period the edition describes, as the source gives it. */
	ref_period: string | null;
}

/**
 * Every indicator of one country in every edition: value, rank among all countries assessed
 * that edition, and the EU27 average (the source's own where it publishes one, else the mean of
 * the member states assessed).
 */
export function countryProfileQuery(country: string): Query<ProfileRow> {
	const standing = standingWith({
		sql: 'o.indicator_id IN (SELECT indicator_id FROM observations WHERE country = ? AND value IS NOT NULL)',
		params: [country]
	});
	const sql = `${standing.sql}
SELECT r.indicator_id, CAST(r.year AS INTEGER) AS year, CAST(r.value AS DOUBLE) AS value, r.flag,
	r.ref_period, ${STANDING_COLUMNS}
FROM ranked r
${STANDING_JOINS}
WHERE r.country = ?
ORDER BY r.indicator_id, r.year`;
	return {
		columns: [
			'indicator_id',
			'year',
			'value',
			'flag',
			'ref_period',
			'rank',
			'n',
			'eu27_value',
			'eu27_role',
			'eu27_n'
		],
		sql,
		params: [...standing.params, country]
	};
}
