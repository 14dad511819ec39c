import type { DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tables } from '$lib/catalog/schema';
import { EXAMPLES } from '$lib/sql/examples';
import { guardSql } from '$lib/sql/guard';
import { shippedDb } from './shipped-db';

let connection: DuckDBConnection;
beforeAll(async () => (connection = await shippedDb()));
afterAll(() => connection.closeSync());

describe('example queries', () => {
	it.each(EXAMPLES.map((e) => [e.title, e.sql]))(
		'%s runs, passes the guard and returns rows',
		async (_, sql) => {
			expect(guardSql(sql, Object.keys(tables))).toEqual({ ok: true });
			const rows = (await connection.runAndReadAll(sql)).getRowObjectsJS();
			expect(rows.length).toBeGreaterThan(0);
		}
	);

	it('finds that EGDI rose after the once-only measures', async () => {
		const sql = (EXAMPLES[0] as { sql: string }).sql;
		const rows = (await connection.runAndReadAll(sql)).getRowObjectsJS();
		expect(rows.map((r) => r.country)).toContain('BEL');
		for (const r of rows) expect(Number(r.egdi_latest)).toBeGreaterThan(0);
	});
});
