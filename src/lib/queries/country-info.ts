import type { Query } from './query';

/** A country as its profile introduces it. */
export interface CountryInfo {
	country: string;
	iso2: string | null;
	name: string;
	tradition: string | null;
	state_structure: string | null;
	wp6_five: boolean;
	tropico_ten: boolean;
	meta_eight: boolean;
	eu27: boolean;
}

/** One country (never an aggregate): name, administrative tradition, structure and groups. */
export const countryInfoQuery = (country: string): Query<CountryInfo> => ({
	columns: [
		'country',
		'iso2',
		'name',
		'tradition',
		'state_structure',
		'wp6_five',
		'tropico_ten',
		'meta_eight',
		'eu27'
	],
	sql: `SELECT country, iso2, name, tradition, state_structure, wp6_five, tropico_ten, meta_eight, eu27
FROM countries WHERE country = ? AND NOT is_aggregate`,
	params: [country]
});
