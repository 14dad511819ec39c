import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { AsyncDuckDB } from '@duckdb/duckdb-wasm';
import { lockdownStatements } from './lockdown';
import { parquetToArrow } from './parquet-to-arrow';
import { toRows, type Row, type Value } from './rows';

export interface Query {
	sql: string;
	params: Value[];
}

export type Progress = { phase: 'engine' | 'tables' | 'ready'; loaded: number; total: number };

export interface EngineOptions {
	/** Tables to load at start-up, named as in the data contract. */
	tables: readonly string[];
	/** URL of a table's Parquet file. */
	fileUrl: (table: string) => string;
	onProgress?: (progress: Progress) => void;
	/** Milliseconds a query may take before it is cancelled. */
	timeoutMs?: number;
}

export interface Engine {
	query(query: Query): Promise<Row[]>;
	/** Tables that could not be loaded, with the reason: the file is named in the message. */
	failures: ReadonlyMap<string, string>;
}

/** Raised when a query needs a table whose file could not be loaded. */
export class DataFileError extends Error {
	constructor(
		readonly table: string,
		reason: string
	) {
		super(reason);
		this.name = 'DataFileError';
	}
}

let engine: Promise<Engine> | null = null;
let instantiated: (db: AsyncDuckDB) => void = () => {};
const instance = new Promise<AsyncDuckDB>((resolve) => (instantiated = resolve));

/** The DuckDB-WASM instance once started, for src/lib/db modules with their own connection. */
export const duckDbInstance = (): Promise<AsyncDuckDB> => instance;

/** Starts DuckDB-WASM once, in a worker, from this site's own files; later calls share it. */
export function startEngine(options: EngineOptions): Promise<Engine> {
	engine ??= open(options);
	return engine;
}

async function open(options: EngineOptions): Promise<Engine> {
	const report = options.onProgress ?? (() => {});
	report({ phase: 'engine', loaded: 0, total: options.tables.length });
	const duckdb = await import('@duckdb/duckdb-wasm');
	const { bundle } = await import('./bundles');
	const worker = new Worker(bundle.mainWorker);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(bundle.mainModule);
	instantiated(db);
	const connection = await db.connect();
	for (const statement of lockdownStatements()) await connection.query(statement);
	const failures = new Map<string, string>();
	let loaded = 0;
	report({ phase: 'tables', loaded, total: options.tables.length });
	await Promise.all(
		options.tables.map(async (table) => {
			try {
				await loadTable(connection, table, options.fileUrl(table));
			} catch (error) {
				failures.set(table, `Could not load ${table}.parquet: ${messageOf(error)}`);
			}
			report({ phase: 'tables', loaded: ++loaded, total: options.tables.length });
		})
	);
	report({ phase: 'ready', loaded, total: options.tables.length });
	return {
		failures,
		query: (q) => run(connection, q, failures, options.timeoutMs ?? 15_000)
	};
}

async function loadTable(connection: AsyncDuckDBConnection, table: string, url: string) {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
	const arrow = await parquetToArrow(await response.arrayBuffer()).catch((error: unknown) => {
		throw new Error(`the file is not valid Parquet (${messageOf(error)})`);
	});
	await connection.insertArrowTable(arrow, { name: table, create: true });
}

async function run(
	connection: AsyncDuckDBConnection,
	q: Query,
	failures: ReadonlyMap<string, string>,
	timeoutMs: number
): Promise<Row[]> {
	for (const [table, reason] of failures) {
		if (new RegExp(`\\b${table}\\b`).test(q.sql)) throw new DataFileError(table, reason);
	}
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => {
			void connection.cancelSent();
			reject(new Error(`The query took longer than ${timeoutMs / 1000} s and was cancelled.`));
		}, timeoutMs);
	});
	const statement = await connection.prepare(q.sql);
	try {
		const table = await Promise.race([statement.query(...q.params), timeout]);
		return toRows(table);
	} finally {
		clearTimeout(timer);
		void statement.close();
	}
}

export const messageOf = (error: unknown) =>
	error instanceof Error ? error.message : String(error);
