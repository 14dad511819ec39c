import type { Table } from 'apache-arrow';
import { tables as contract } from '$lib/catalog/schema';
import type { ResultColumn } from '$lib/charts/quick-chart';
import { cancelQuery, consoleRows, runScript, StatementError } from '$lib/db/console';
import { db } from '$lib/db/client.svelte';
import { messageOf, SaidError } from '$lib/db/said-error';
import { toRows, type Row } from '$lib/db/rows';
import { readDuckDbError, type ErrorPosition } from './error-position';
import { guardSql } from './guard';
import type { Locale } from '$lib/i18n/locales';
import { tQueryCancelled } from '$lib/i18n/pages/tools';
import { readHistory, remember } from './history';
import { schemaFromRows, type SchemaTable } from './schema-rows';

export type { SchemaTable };

/** Rows drawn in the result table and charted; the rest are counted and downloadable. */
export const SHOWN = 10_000;
export const SHIPPED = Object.keys(contract);

export interface ConsoleError {
	message: string;
	/**
	 * refused: by the guard, DuckDB never saw it; cancelled: by the user or a time limit; duckdb:
	 * DuckDB's own message, which is English whatever the page's language.
	 */
	kind: 'refused' | 'duckdb' | 'cancelled';
	position: ErrorPosition | null;
}

export interface Result {
	columns: ResultColumn[];
	rows: Row[];
	total: number;
	ms: number;
	table: Table;
	cancelled: boolean;
}

const NUMERIC =
	/^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|FLOAT|DOUBLE|DECIMAL.*)$/i;

/** The shipped tables as the contract describes them, shown before the engine has started. */
function contractSchema(): SchemaTable[] {
	return Object.values(contract).map((t) => ({
		name: t.name,
		rows: null,
		columns: t.fields.map((f) => ({ name: f.name, type: f.type })),
		user: false
	}));
}

function describeError(e: unknown, sql: string, locale: Locale): ConsoleError {
	if (e instanceof StatementError && e.cancelled)
		return { message: tQueryCancelled(locale), kind: 'cancelled', position: null };
	// The site's own reasons (a time limit) stop a query too, and are said in the page's language.
	if (e instanceof SaidError) return { message: e.say(locale), kind: 'cancelled', position: null };
	const { message, position } = readDuckDbError(
		messageOf(e),
		sql,
		e instanceof StatementError ? e.start : 0
	);
	return { message, kind: 'duckdb', position };
}

/** Every table in DuckDB with its columns, types and row count; the user's marked as such. */
export async function loadSchema(): Promise<SchemaTable[]> {
	const rows = await consoleRows(`SELECT c.table_name AS t, c.column_name AS c, c.data_type AS type,
			any_value(d.estimated_size) OVER (PARTITION BY c.table_name)::DOUBLE AS n
			FROM information_schema.columns c
			LEFT JOIN duckdb_tables() d ON d.table_name = c.table_name AND d.schema_name = c.table_schema
			WHERE c.table_schema = 'main' AND NOT suffix(c.table_name, '__iso3_map')
			ORDER BY c.table_name, c.ordinal_position`);
	return schemaFromRows(rows, SHIPPED, contractSchema());
}

const storage = () => (typeof localStorage === 'undefined' ? null : localStorage);

/** The SQL console's state: the query, its result or error, the schema and the history. */
export class Workbench {
	sql = $state('');
	running = $state(false);
	/** How many runs have finished (answered, failed or refused): a run's end, for whoever waits. */
	runs = $state(0);
	result = $state.raw<Result | null>(null);
	error = $state<ConsoleError | null>(null);
	history = $state<string[]>([]);
	schema = $state<SchemaTable[]>(contractSchema());
	/** Country names and codes, so that a chart coloured by name uses each country's colour. */
	countryCodes = $state.raw<Record<string, string>>({});

	/** `locale`: the language the console's own messages are said in (the page's). */
	constructor(private locale: () => Locale = () => 'en') {
		this.history = readHistory(storage());
	}

	get userTables(): SchemaTable[] {
		return this.schema.filter((t) => t.user);
	}

	#queue: Promise<unknown> = Promise.resolve();

	/**
	 * Checks the query with the guard, then runs it in the worker. A run asked for while another
	 * is running (Ctrl+Enter, unlike the button, is never disabled) starts when that one ends.
	 */
	run(sql = this.sql): Promise<boolean> {
		const mine = this.#queue.then(() => this.#run(sql));
		this.#queue = mine.catch(() => {});
		return mine;
	}

	async #run(sql: string): Promise<boolean> {
		const verdict = guardSql(sql, SHIPPED, this.locale());
		if (!verdict.ok) {
			this.error = { message: verdict.reason, kind: 'refused', position: null };
			this.runs++;
			return false;
		}
		this.running = true;
		this.error = null;
		try {
			const out = await runScript(sql);
			const columns = out.table.schema.fields.map((f) => ({
				name: f.name,
				numeric: NUMERIC.test(String(f.type)) || /Int|Float|Decimal/.test(String(f.type))
			}));
			this.result = {
				columns,
				rows: toRows(out.table.slice(0, SHOWN)),
				total: out.total,
				ms: out.ms,
				table: out.table,
				cancelled: out.cancelled
			};
			this.history = remember(storage(), sql);
			return true;
		} catch (e) {
			this.result = null;
			this.error = describeError(e, sql, this.locale());
			return false;
		} finally {
			this.running = false;
			this.runs++;
			void this.refreshSchema();
		}
	}

	/** Loads a shipped table that pages load only on demand, whole, so the console can query it. */
	async loadShipped(name: string): Promise<void> {
		const table = Object.values(contract).find((t) => t.name === name);
		if (!table) return;
		await db.loadTable(name, { columns: table.fields.map((f) => f.name) }).catch((e: unknown) => {
			this.error = { message: messageOf(e, this.locale()), kind: 'duckdb', position: null };
		});
		await this.refreshSchema();
	}

	cancel(): void {
		void cancelQuery();
	}

	/** Reads the tables, columns, types and row counts from DuckDB (user tables included). */
	async refreshSchema(): Promise<void> {
		const schema = await loadSchema().catch(() => null);
		if (schema) this.schema = schema;
		if (Object.keys(this.countryCodes).length === 0) {
			const rows = await consoleRows('SELECT country, name FROM countries').catch(() => []);
			this.countryCodes = Object.fromEntries(rows.map((r) => [String(r.name), String(r.country)]));
		}
	}
}
