import { placeholders, type Query } from './query';

/** Policy targets mapped to the given indicators, or to any indicator when none are given. */
export function exploreTargetsQuery(indicators: readonly string[] | null = null): Query {
	const where = indicators ? `WHERE indicator_id IN (${placeholders(indicators.length || 1)})` : '';
	return {
		columns: ['indicator_id', 'target_value', 'target_year', 'label', 'source_url'],
		sql: `SELECT indicator_id, CAST(target_value AS DOUBLE) AS target_value,
	CAST(target_year AS INTEGER) AS target_year, label, source_url
FROM targets ${where}
ORDER BY indicator_id, target_year`,
		params: indicators ? (indicators.length ? [...indicators] : [null]) : []
	};
}
