import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { Table, type RecordBatch } from 'apache-arrow';
import { statementSpans } from '$lib/sql/tokenize';
import { db } from './client.svelte';
import { duckDbInstance } from './engine';
import { toRows, type Row } from './rows';

/** Rows kept in memory for download; a larger result is counted, not kept. */
export const MAX_KEPT = 1_000_000;
/** Bytes kept in memory (Arrow buffers): wide rows reach this long before MAX_KEPT rows. */
export const MAX_KEPT_BYTES = 256 * 1024 * 1024;

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
let queue: Promise<unknown> = Promise.resolve();

/** The console's own connection: its queries and cancellations never touch the pages' queries. */
function consoleConnection(): Promise<AsyncDuckDBConnection> {
	connection ??= db.start().then(async () => (await duckDbInstance()).connect());
	return connection;
}

/**
 * Runs work on the console's connection once earlier work is done: a connection holds one result
 * at a time, and a query started while another's result is being read would cut that result short.
 */
export function withConsole<T>(work: (conn: AsyncDuckDBConnection) => Promise<T>): Promise<T> {
	const next = queue.then(async () => work(await consoleConnection()));
	queue = next.catch(() => {});
	return next;
}

/**
 * Reads a result's batches, keeping the first MAX_KEPT rows or MAX_KEPT_BYTES, whichever comes
 * first, and counting the rest; `stop` ends the reading between batches.
 */
export async function collect(
	reader: AsyncIterable<RecordBatch>,
	stop: () => boolean,
	limits = { rows: MAX_KEPT, bytes: MAX_KEPT_BYTES }
): Promise<{ batches: RecordBatch[]; total: number }> {
	const batches: RecordBatch[] = [];
	let total = 0;
	let kept = 0;
	let bytes = 0;
	let full = false;
	for await (const batch of reader) {
		if (!full && batch.numRows > 0) {
			const perRow = batch.data.byteLength / batch.numRows;
			const room = Math.min(limits.rows - kept, Math.floor((limits.bytes - bytes) / perRow));
			const take = Math.max(0, Math.min(batch.numRows, room));
			if (take > 0) batches.push(take < batch.numRows ? batch.slice(0, take) : batch);
			kept += take;
			bytes += take * perRow;
			full = take < batch.numRows;
		}
		total += batch.numRows;
		if (stop()) break;
	}
	return { batches, total };
}

/**
 * Runs the last statement as a pending query (materialised in the worker, so it can be cancelled
 * while it executes), then fetches it in batches; statements DuckDB expands into several (PIVOT
 * without IN) cannot be pending and run whole.
 */
async function sendLast(conn: AsyncDuckDBConnection, text: string) {
	try {
		const reader = await conn.send(text, false);
		return { ...(await collect(reader, () => cancelled)), schema: reader.schema };
	} catch (e) {
		if (!String(e instanceof Error ? e.message : e).includes('single statement')) throw e;
		const whole = await conn.query(text);
		return { batches: whole.batches.slice(), total: whole.numRows, schema: whole.schema };
	}
}

/**
 * Runs a script in the worker, one statement at a time; the last statement's result comes back
 * in batches, and `cancelQuery` can stop it. Call only with SQL the guard accepted.
 */
export function runScript(sql: string): Promise<ConsoleResult> {
	return withConsole((conn) => script(conn, sql));
}

async function script(conn: AsyncDuckDBConnection, sql: string): Promise<ConsoleResult> {
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
		const { batches, total, schema } = await sendLast(conn, last.text);
		const table = batches.length ? new Table(batches) : new Table(schema);
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
	return toRows(await withConsole((conn) => conn.query(sql)));
}
