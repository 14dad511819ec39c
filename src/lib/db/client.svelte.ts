import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { assets } from '$app/paths';
import { duckDbInstance, startEngine, type Engine, type Progress, type Query } from './engine';
import type { OnDemandProgress } from './on-demand';
import type { Row } from './rows';
import { messageOf } from './said-error';
import { startGate } from './start-gate';
import type { Locale } from '$lib/i18n/locales';
import { tEngineFailed } from '$lib/i18n/pages/tools';

/** Tables every page may query; loaded once, when the engine starts. */
export const CORE_TABLES = [
	'observations',
	'indicators',
	'countries',
	'sources',
	'targets',
	'strategies',
	'strategy_features',
	'features',
	'feature_levels',
	'coding_agreement',
	'coding_reconciliation'
] as const;

/**
 * Longest the engine's start waits for a page's first chart from the result files (ms): a chart
 * that never comes must not keep the engine back.
 */
const HOLD_CAP = 2000;

/** A query dropped because no one wanted its answer any more by the time the engine could run it. */
export class Superseded extends Error {
	constructor() {
		super('The query was superseded before the engine could run it.');
		this.name = 'Superseded';
	}
}

/** The browser's view of the engine: its progress for the UI, and queries that wait for it. */
class DbClient {
	progress = $state<Progress>({
		phase: 'engine',
		loaded: 0,
		total: CORE_TABLES.length,
		engineBytes: 0,
		engineTotal: 0
	});
	/** Set when a page (after hydration) asks for the engine; the prerendered HTML never has it. */
	started = $state(false);
	ready = $state(false);
	error = $state<string | null>(null);
	/** Why the engine could not start, for `errorIn`. */
	#startFailure = $state<{ error: unknown } | null>(null);
	/** Tables whose file could not be loaded, with the reason (see `loadFailure`). */
	failures = $state.raw<[string, unknown][]>([]);
	/** Progress of the tables loaded on demand (not at start-up), by table. */
	parts = $state<Record<string, OnDemandProgress>>({});
	#engine: Promise<Engine> | null = null;
	#gate = startGate(HOLD_CAP);
	#parts: Promise<AsyncDuckDBConnection> | null = null;

	/**
	 * The share of the start-up done (0–1) while the engine starts, else null. Only once the page
	 * is live: before that a control would not respond, so no indicator promises that it will.
	 * The download is most of the wait: it counts for 80 %, loading the tables for the rest.
	 */
	get loading(): number | null {
		if (!this.started || this.ready || this.error) return null;
		const { loaded, total, engineBytes, engineTotal } = this.progress;
		return 0.8 * (engineBytes / Math.max(1, engineTotal)) + 0.2 * (loaded / Math.max(1, total));
	}

	/** `error` in a language. */
	errorIn(locale: Locale): string | null {
		return this.#startFailure === null
			? null
			: tEngineFailed(locale, { reason: messageOf(this.#startFailure.error, locale) });
	}

	/**
	 * Keeps the engine's start back until `drawn` settles (or HOLD_CAP passes): a page drawing a
	 * link's first chart from the result files asks this, since on two cores and a slow network the
	 * engine's download and compile (8 MB, a core) compete with the chart's own scripts and rows.
	 * Only holds asked in the round of effects that first starts the engine count.
	 */
	holdFor(drawn: Promise<unknown>): void {
		this.#gate.hold(drawn);
	}

	/** Starts the engine (once, when no page holds it back) and resolves when it is ready. */
	start(): Promise<Engine> {
		this.started = true;
		this.#engine ??= this.#gate
			.open()
			.then(() => {
				performance.mark('egov:engine-start');
				return startEngine({
					tables: CORE_TABLES,
					fileUrl: (table) => `${assets}/data/${table}.parquet`,
					onProgress: (p) => (this.progress = p)
				});
			})
			.then(
				(engine) => {
					performance.mark('egov:engine-ready');
					this.failures = [...engine.failures];
					this.ready = true;
					return engine;
				},
				(error: unknown) => {
					this.#startFailure = { error };
					this.error = this.errorIn('en');
					throw error;
				}
			);
		return this.#engine;
	}

	/**
	 * Loads a table that is not loaded at start-up, once: only `columns`, and only the rows whose
	 * `key` (e.g. country) is one of `values`; a later call adds the values not loaded yet.
	 */
	async loadTable(
		table: string,
		options: { columns: readonly string[]; key?: string; values?: readonly string[] }
	): Promise<OnDemandProgress> {
		await this.start();
		this.#parts ??= duckDbInstance().then((instance) => instance.connect());
		// Imported when first needed: the Parquet reader and its codecs (Arrow, Brotli, …) are
		// 120 KB compressed that no page needs before it draws its first chart.
		const { loadOnDemand } = await import('./on-demand');
		return loadOnDemand(await this.#parts, {
			table,
			url: `${assets}/data/${table}.parquet`,
			...options,
			onProgress: (p) => (this.parts = { ...this.parts, [table]: p })
		});
	}

	/**
	 * The rows of a query: `R[]` for a builder's `Query<R>` (its columns are tested against DuckDB).
	 * With `wanted`, a query asked while the engine starts is dropped (rejected with `Superseded`)
	 * if it is no longer wanted once the engine is ready: the controls changed meanwhile, and a
	 * backlog of answers nobody will see would hold up the one that is.
	 */
	async query<R = Row>(
		query: Query & { readonly row?: R },
		options: { wanted?: () => boolean } = {}
	): Promise<R[]> {
		const engine = await this.start();
		if (options.wanted && !options.wanted()) throw new Superseded();
		const rows = (await engine.query(query)) as R[];
		if (performance.getEntriesByName('egov:first-query').length === 0)
			performance.mark('egov:first-query');
		return rows;
	}
}

export const db = new DbClient();
