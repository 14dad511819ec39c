import type { Query } from './query';

/** A country with a profile, and whether it is one of the research programme's. */
export interface CountryEntry {
	country: string;
	name: string;
	programme: boolean;
}

/** Every country (not aggregate) with at least one value: the profiles to build, by name. */
export const countryListQuery = (): Query<CountryEntry> => ({
	columns: ['country', 'name', 'programme'],
	sql: `SELECT c.country, c.name, (c.wp6_five OR c.tropico_ten OR c.meta_eight) AS programme
FROM countries c
WHERE NOT c.is_aggregate
	AND EXISTS (SELECT 1 FROM observations o WHERE o.country = c.country AND o.value IS NOT NULL)
ORDER BY c.name`,
	params: []
});
