import { describe, expect, it } from 'vitest';
import { quoteIdent, tableNameFor } from '$lib/sql/ident';
import { splitStatements } from '$lib/sql/tokenize';

describe('identifiers', () => {
	it('quotes any name', () => {
		expect(quoteIdent('a"b')).toBe('"a""b"');
		expect(quoteIdent('x; DROP TABLE observations')).toBe('"x; DROP TABLE observations"');
	});

	it.each([
		['My Survey (2024).csv', [], 'my_survey_2024'],
		['2024 results.xlsx', [], 't_2024_results'],
		['Ünïcodé.parquet', [], 'unicode'],
		['"; DROP TABLE x; --.csv', [], 'drop_table_x'],
		['.csv', [], 'my_data'],
		['countries.csv', ['countries'], 'countries_2'],
		['countries.csv', ['countries', 'countries_2'], 'countries_3']
	])('names %s as a table', (file, taken, name) => {
		expect(tableNameFor(file, taken)).toBe(name);
	});
});

describe('splitStatements', () => {
	it('splits a script into statements, keeping semicolons inside strings', () => {
		expect(
			splitStatements("-- note\nCREATE TABLE t AS SELECT ';' AS a;\nSELECT * FROM t;")
		).toEqual(["CREATE TABLE t AS SELECT ';' AS a", 'SELECT * FROM t']);
	});
});
