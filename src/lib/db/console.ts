import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { Table, type RecordBatch } from 'apache-arrow';
import { splitStatements } from '$lib/sql/tokenize';
import { db } from './client.svelte';
import { duckDbInstance } from './engine';
import { toRows, type Row } from './rows';

/** Rows kept in memory for download; a larger result is counted, not kept. */
export const MAX_KEPT = 1_000_000;

export interface ConsoleResult {
	/** The first MAX_KEPT rows, as DuckDB returned them. */
	table: Table;
	/** Every row of the result, kept or not. */
	total: number;
	ms: number;
	cancelled: boolean;
}

let connection: Promise<AsyncDuckDBConnection> | null = null;
let cancelled = false;

/** The console's own connection: its queries and cancellations never touch the pages' queries. */
export function consoleConnection(): Promise<AsyncDuckDBConnection> {
	connection ??= db.start().then(async () => (await duckDbInstance()).connect());
	return connection;
}

async function collect(
	reader: AsyncIterable<RecordBatch>,
	stop: () => boolean
): Promise<{ batches: RecordBatch[]; total: number }> {
	const batches: RecordBatch[] = [];
	let total = 0;
	for await (const batch of reader) {
		if (total < MAX_KEPT)
			batches.push(total + batch.numRows > MAX_KEPT ? batch.slice(0, MAX_KEPT - total) : batch);
		total += batch.numRows;
		if (stop()) break;
	}
	return { batches, total };
}

/**
 * Runs a script in the worker, one statement at a time; the last statement's result streams back
 * in batches so that `cancelQuery` can stop it. Call only with SQL the guard accepted.
 */
export async function runScript(sql: string): Promise<ConsoleResult> {
	const conn = await consoleConnection();
	const started = performance.now();
	cancelled = false;
	const parts = splitStatements(sql);
	for (const part of parts.slice(0, -1)) {
		if (cancelled) break;
		await conn.query(part);
	}
	const reader = await conn.send(parts[parts.length - 1] ?? 'SELECT 1 WHERE false', true);
	const { batches, total } = await collect(reader, () => cancelled);
	const table = batches.length ? new Table(batches) : new Table(reader.schema);
	return { table, total, ms: performance.now() - started, cancelled };
}

/** Stops the running console query (in DuckDB if it is still executing, else between batches). */
export async function cancelQuery(): Promise<void> {
	cancelled = true;
	await (await consoleConnection()).cancelSent().catch(() => false);
}

/** Rows of a small query on the console's connection (schema, distinct values). */
export async function consoleRows(sql: string): Promise<Row[]> {
	return toRows(await (await consoleConnection()).query(sql));
}
