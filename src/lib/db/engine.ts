import type {
	AsyncDuckDB,
	AsyncDuckDBConnection,
	AsyncPreparedStatement
} from '@duckdb/duckdb-wasm';
import { lockdownStatements } from './lockdown';
import { decodeInWorker } from './decode-in-worker';
import { messageOf, SaidError } from './said-error';
import { toRows, type Row, type Value } from './rows';
import { statementCache } from './statements';
import type { Locale } from '$lib/i18n/locales';
import { tCouldNotLoad, tQueryTimedOut } from '$lib/i18n/pages/tools';

export interface Query {
	sql: string;
	params: Value[];
}

export interface Progress {
	phase: 'engine' | 'tables' | 'ready';
	/** Tables loaded into the engine, of `total`. */
	loaded: number;
	total: number;
	/** Bytes of the engine's WebAssembly received (as sent, gzip-compressed), of `engineTotal`. */
	engineBytes: number;
	engineTotal: number;
}

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
	/** Tables that could not be loaded, with the reason (`loadFailure` names the file). */
	failures: ReadonlyMap<string, unknown>;
}

/** The sentence naming a data file that could not be loaded, and why, in a language. */
export const loadFailure = (table: string, reason: unknown, locale: Locale = 'en'): string =>
	tCouldNotLoad(locale, { file: `${table}.parquet`, reason: messageOf(reason, locale) });

/** Raised when a query needs a table whose file could not be loaded; it names the file. */
export class DataFileError extends SaidError {
	constructor(
		readonly table: string,
		readonly reason: unknown
	) {
		super((locale) => loadFailure(table, reason, locale));
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
	const library = import('@duckdb/duckdb-wasm');
	const { bundle } = await import('./bundles');
	const total = options.tables.length;
	let loaded = 0;
	let engineBytes = 0;
	const progress = (phase: Progress['phase']) =>
		report({ phase, loaded, total, engineBytes, engineTotal: bundle.moduleGzipBytes });
	progress('engine');
	// The tables are fetched and decoded while the engine downloads and compiles, not after it, and
	// in a worker of their own, so that the page stays free to draw and answer meanwhile.
	const tables = options.tables.map((table) =>
		decodeInWorker(options.fileUrl(table)).then(
			(ipc) => ({ table, ipc, error: null }),
			(error: unknown) => ({ table, ipc: null, error })
		)
	);
	const duckdb = await library;
	const worker = new Worker(bundle.mainWorker);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(bundle.mainModule, null, ({ bytesLoaded }) => {
		// DuckDB counts the inflated bytes; the share of them tells the share sent.
		engineBytes = Math.round((bytesLoaded / bundle.moduleBytes) * bundle.moduleGzipBytes);
		progress('engine');
	});
	engineBytes = bundle.moduleGzipBytes;
	instantiated(db);
	const connection = await db.connect();
	for (const statement of lockdownStatements()) await connection.query(statement);
	const failures = new Map<string, unknown>();
	progress('tables');
	await Promise.all(
		tables.map(async (decoded) => {
			const { table, ipc, error } = await decoded;
			try {
				if (!ipc) throw error;
				await connection.insertArrowFromIPCStream(ipc, { name: table, create: true });
			} catch (reason) {
				failures.set(table, reason);
			}
			loaded++;
			progress('tables');
		})
	);
	progress('ready');
	const statements = statementCache((sql) => connection.prepare(sql));
	return {
		failures,
		query: (q) => run(connection, statements, q, failures, options.timeoutMs ?? 15_000)
	};
}

async function run(
	connection: AsyncDuckDBConnection,
	statements: ReturnType<typeof statementCache<AsyncPreparedStatement>>,
	q: Query,
	failures: ReadonlyMap<string, unknown>,
	timeoutMs: number
): Promise<Row[]> {
	for (const [table, reason] of failures) {
		if (new RegExp(`\\b${table}\\b`).test(q.sql)) throw new DataFileError(table, reason);
	}
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => {
			void connection.cancelSent();
			const seconds = timeoutMs / 1000;
			reject(new SaidError((locale) => tQueryTimedOut(locale, { seconds })));
		}, timeoutMs);
	});
	try {
		const table = await statements.with(q.sql, (statement) =>
			Promise.race([statement.query(...q.params), timeout])
		);
		return toRows(table);
	} finally {
		clearTimeout(timer);
	}
}
