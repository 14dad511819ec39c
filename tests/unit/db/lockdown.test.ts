import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockdownStatements, userFilePath, USER_FILES } from '$lib/db/lockdown';

/*
 * The same settings the browser's engine applies, on DuckDB in Node: a listener on another
 * loopback address counts every request that reaches it.
 */
let conn: DuckDBConnection;
let server: Server;
let hits = 0;
let port = 0;
const dir = mkdtempSync(join(tmpdir(), 'lockdown-'));
const userDir = join(dir, 'user') + '/';

beforeAll(async () => {
	server = createServer((_, res) => {
		hits++;
		res.end('a\n1\n');
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.2', done));
	port = (server.address() as { port: number }).port;
	writeFileSync(join(dir, 'secret.csv'), 'a\n42\n');
	mkdirSync(userDir);
	writeFileSync(join(userDir, 'mine.csv'), 'a\n7\n');
	conn = await (await DuckDBInstance.create(':memory:')).connect();
	await conn.run('CREATE TABLE observations AS SELECT 1 AS value');
	for (const statement of lockdownStatements(userDir)) await conn.run(statement);
});
afterAll(() => {
	conn?.closeSync();
	server?.close();
});

const fails = async (sql: string) => {
	await expect(conn.run(sql)).rejects.toThrow();
};

describe('lockdownStatements', () => {
	it('refuses URLs and files outside the user folder, and sends nothing', async () => {
		const url = `http://127.0.0.2:${port}/x.csv`;
		await fails(`SELECT * FROM read_text('${url}')`);
		await fails(`SELECT * FROM read_csv('${url}')`);
		await fails(`SELECT * FROM '${url}'`);
		await fails(`SELECT * FROM glob('${dir}/*')`);
		await fails(`SELECT * FROM read_csv('${join(dir, 'secret.csv')}')`);
		await fails(`COPY observations TO '${join(dir, 'out.csv')}'`);
		await fails(`ATTACH '${join(dir, 'other.duckdb')}' AS other`);
		expect(hits).toBe(0);
	});

	it('still reads the user’s own files', async () => {
		const reader = await conn.runAndReadAll(
			`SELECT a::INTEGER AS a FROM read_csv('${join(userDir, 'mine.csv')}')`
		);
		expect(reader.getRows()).toEqual([[7]]);
	});

	it('keeps every setting locked and extensions out', async () => {
		await fails('SET enable_external_access = true');
		await fails('SET lock_configuration = false');
		await fails("SET allowed_directories = ['/']");
		await fails('RESET enable_external_access');
		await fails('INSTALL httpfs');
		await fails('LOAD httpfs');
		await fails(`SET custom_extension_repository = 'http://127.0.0.2:${port}'`);
		const reader = await conn.runAndReadAll(
			"SELECT value FROM duckdb_settings() WHERE name IN ('enable_external_access', 'lock_configuration') ORDER BY name"
		);
		expect(reader.getRows()).toEqual([['false'], ['true']]);
		expect(hits).toBe(0);
	});

	it('names upload paths inside the user folder only', () => {
		expect(userFilePath('my table', 'csv')).toBe(`${USER_FILES}my_table.csv`);
		expect(userFilePath('../../etc/x', 'csv').startsWith(USER_FILES)).toBe(true);
		expect(userFilePath('../../etc/x', 'csv')).not.toContain('/..');
	});
});
