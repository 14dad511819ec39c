import type { Query } from './query';

/** Countries (not aggregates) with at least one value for the indicator, by name. */
export function countriesWithDataQuery(indicator: string): Query {
	return {
		sql: `SELECT c.country, c.name, c.wp6_five, c.eu27
FROM countries c
WHERE NOT c.is_aggregate AND EXISTS (
	SELECT 1 FROM observations o WHERE o.country = c.country AND o.indicator_id = ? AND o.value IS NOT NULL
)
ORDER BY c.name`,
		params: [indicator]
	};
}
