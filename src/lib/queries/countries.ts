import type { Query } from './query';

/** Countries (not aggregates) with at least one value, for one indicator or for any. */
export function countriesWithDataQuery(indicator: string | null): Query {
	return {
		columns: ['country', 'name'],
		sql: `SELECT c.country, c.name
FROM countries c
WHERE NOT c.is_aggregate AND EXISTS (
	SELECT 1 FROM observations o
	WHERE o.country = c.country AND o.value IS NOT NULL AND (o.indicator_id = ? OR ? IS NULL)
)
ORDER BY c.name`,
		params: [indicator, indicator]
	};
}
