import { placeholders, type Query } from '$lib/queries/query';
import { quoteIdent } from './ident';
import type { SchemaTable } from './schema-rows';

const NUMERIC =
	/^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|FLOAT|DOUBLE|REAL|DECIMAL.*|U?(TINY|SMALL|BIG)?INT(EGER)?)$/i;

export interface UserSeriesSource {
	table: string;
	/** The column holding ISO3 codes (`iso3` after "Add ISO3 column", or `country`). */
	countryColumn: string;
	yearColumn: string;
	/** The numeric columns that can be charted. */
	values: string[];
}

/** The user's tables that can be drawn as country series: an ISO3 column, a year and numbers. */
export function chartableUserTables(schema: SchemaTable[]): UserSeriesSource[] {
	return schema.flatMap((t) => {
		if (!t.user) return [];
		const names = t.columns.map((c) => c.name);
		const countryColumn = ['iso3', 'country'].find((n) => names.includes(n));
		const yearColumn = names.find((n) => n.toLowerCase() === 'year');
		const values = t.columns
			.filter((c) => NUMERIC.test(c.type) && c.name !== yearColumn)
			.map((c) => c.name);
		return countryColumn && yearColumn && values.length
			? [{ table: t.name, countryColumn, yearColumn, values }]
			: [];
	});
}

/** One numeric column of a user table as series for the chosen countries, named from `countries`. */
export function userSeriesQuery(
	source: UserSeriesSource,
	value: string,
	countries: string[]
): Query {
	const picked = countries.length
		? `u.${quoteIdent(source.countryColumn)} IN (${placeholders(countries.length)})`
		: 'FALSE';
	const sql = `SELECT c.country, c.name, CAST(u.${quoteIdent(source.yearColumn)} AS INTEGER) AS year,
	CAST(avg(u.${quoteIdent(value)}) AS DOUBLE) AS value, 'country' AS role
FROM ${quoteIdent(source.table)} u JOIN countries c ON c.country = u.${quoteIdent(source.countryColumn)}
WHERE ${picked} AND u.${quoteIdent(value)} IS NOT NULL AND u.${quoteIdent(source.yearColumn)} IS NOT NULL
GROUP BY ALL ORDER BY c.country, year`;
	return { sql, params: [...countries], columns: ['country', 'name', 'year', 'value', 'role'] };
}
