import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { Table, type RecordBatch } from 'apache-arrow';
import { statementSpans } from '$lib/sql/tokenize';
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

/** A failed statement of a script, and where it starts, so that DuckDB's position can be placed. */
export class StatementError extends Error {
	constructor(
		message: string,
		readonly start: number,
		readonly cancelled: boolean
	) {
		super(message);
		this.name = 'StatementError';
	}
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
	const parts = statementSpans(sql);
	const last = parts.pop() ?? { text: 'SELECT 1 WHERE false', start: 0 };
	let at = 0;
	try {
		for (const part of parts) {
			at = part.start;
			if (!cancelled) await conn.query(part.text);
		}
		at = last.start;
		const reader = await conn.send(last.text, true);
		const { batches, total } = await collect(reader, () => cancelled);
		const table = batches.length ? new Table(batches) : new Table(reader.schema);
		return { table, total, ms: performance.now() - started, cancelled };
	} catch (e) {
		throw new StatementError(e instanceof Error ? e.message : String(e), at, cancelled);
	}
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
