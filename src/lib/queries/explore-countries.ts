import type { Query } from './query';

/** Countries (not aggregates) with at least one value, with the group flags the pickers offer. */
export const exploreCountriesQuery = (): Query => ({
	columns: ['country', 'name', 'wp6_five', 'tropico_ten', 'meta_eight', 'eu27'],
	sql: `SELECT c.country, c.name, c.wp6_five, c.tropico_ten, c.meta_eight, c.eu27
FROM countries c
WHERE NOT c.is_aggregate
	AND EXISTS (SELECT 1 FROM observations o WHERE o.country = c.country AND o.value IS NOT NULL)
ORDER BY c.name`,
	params: []
});
