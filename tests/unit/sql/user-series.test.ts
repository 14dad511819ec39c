import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tables } from '$lib/catalog/schema';
import { chartableUserTables, userSeriesQuery } from '$lib/sql/user-series';
import { schemaFromRows } from '$lib/sql/schema-rows';
import { shippedDb } from './shipped-db';

let connection: DuckDBConnection;
beforeAll(async () => {
	connection = await shippedDb();
	await connection.run(`CREATE TABLE "my survey" AS SELECT * FROM (VALUES
		('Estonia', 'EST', 2022, 7.5, 'x'), ('Estonia', 'EST', 2024, 8.0, 'y'), ('Greece', 'GRC', 2024, 6.0, 'z'),
		('Atlantis', NULL, 2024, 1.0, 'w')) t(land, iso3, year, "score ""%""", note)`);
});
afterAll(() => connection.closeSync());

const schema = async () =>
	schemaFromRows(
		(
			await connection.runAndReadAll(`SELECT table_name AS t, column_name AS c, data_type AS type, NULL AS n
			FROM information_schema.columns WHERE table_schema = 'main' ORDER BY table_name, ordinal_position`)
		).getRowObjectsJS() as never,
		Object.keys(tables)
	);

describe('user series', () => {
	it('finds user tables with an ISO3 column, a year and numbers', async () => {
		expect(chartableUserTables(await schema())).toEqual([
			{ table: 'my survey', countryColumn: 'iso3', yearColumn: 'year', values: ['score "%"'] }
		]);
	});

	it('queries one column for the chosen countries, with identifiers quoted and values bound', async () => {
		const [source] = chartableUserTables(await schema());
		const q = userSeriesQuery(source as never, 'score "%"', ['EST', 'GRC', "x' OR 1=1 --"]);
		expect(q.sql).not.toContain('EST');
		const rows = (
			await connection.runAndReadAll(q.sql, q.params as DuckDBValue[])
		).getRowObjectsJS();
		expect(rows).toEqual([
			{ country: 'EST', name: 'Estonia', year: 2022, value: 7.5, role: 'country' },
			{ country: 'EST', name: 'Estonia', year: 2024, value: 8, role: 'country' },
			{ country: 'GRC', name: 'Greece', year: 2024, value: 6, role: 'country' }
		]);
		const none = userSeriesQuery(source as never, 'score "%"', []);
		expect((await connection.runAndReadAll(none.sql, [])).getRowObjectsJS()).toEqual([]);
	});
});
