import { assets } from '$app/paths';
import { messageOf, startEngine, type Engine, type Progress, type Query } from './engine';
import type { Row } from './rows';

/** Tables every page may query; loaded once, when the engine starts. */
export const CORE_TABLES = [
	'observations',
	'indicators',
	'countries',
	'sources',
	'targets',
	'strategies',
	'strategy_features',
	'features'
] as const;

/** The browser's view of the engine: its progress for the UI, and queries that wait for it. */
class DbClient {
	progress = $state<Progress>({ phase: 'engine', loaded: 0, total: CORE_TABLES.length });
	ready = $state(false);
	error = $state<string | null>(null);
	failures = $state<[string, string][]>([]);
	#engine: Promise<Engine> | null = null;

	/** Starts the engine (once) and resolves when it is ready. */
	start(): Promise<Engine> {
		this.#engine ??= startEngine({
			tables: CORE_TABLES,
			fileUrl: (table) => `${assets}/data/${table}.parquet`,
			onProgress: (p) => (this.progress = p)
		}).then(
			(engine) => {
				performance.mark('egov:engine-ready');
				this.failures = [...engine.failures];
				this.ready = true;
				return engine;
			},
			(error: unknown) => {
				this.error = `The query engine could not start: ${messageOf(error)}`;
				throw error;
			}
		);
		return this.#engine;
	}

	async query(query: Query): Promise<Row[]> {
		const engine = await this.start();
		const rows = await engine.query(query);
		if (performance.getEntriesByName('egov:first-query').length === 0)
			performance.mark('egov:first-query');
		return rows;
	}
}

export const db = new DbClient();
