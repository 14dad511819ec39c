import { messageOf } from '$lib/db/said-error';
import type { Locale } from '$lib/i18n/locales';
import { tFileKindRefused, tFileNotKept } from '$lib/i18n/pages/tools';
import {
	addIso3,
	describeTable,
	dropUserTable,
	fileKind,
	loadUserFile,
	retype,
	type FileKind,
	type UserColumn
} from '$lib/db/user-tables';
import { tableNameFor } from './ident';
import { loadSchema } from './workbench.svelte';
import {
	forgetAll,
	forgetFile,
	keepFile,
	keptFiles,
	type KeptFile,
	type TableOp
} from './user-store';

export interface UserTable {
	table: string;
	file: string;
	/** `sql` for a table made earlier in this visit (by a query, or on another page). */
	kind: FileKind | 'sql';
	columns: UserColumn[];
	rows: number;
	/** Country values that matched no ISO3 code, after "map countries". */
	unmatched: string[] | null;
}

/** The user's own tables: files loaded into this tab's DuckDB, never sent anywhere. */
export class UserData {
	tables = $state<UserTable[]>([]);
	busy = $state(false);
	error = $state<string | null>(null);
	/** Keep files in this browser's storage so they come back after a reload. */
	keep = $state(false);
	// The files behind the tables, for keeping them; never shown, so not reactive.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#bytes = new Map<string, KeptFile>();

	/** `locale`: the language its messages are said in (the page's). */
	constructor(
		private taken: () => string[],
		private locale: () => Locale = () => 'en'
	) {}

	async #step<T>(work: () => Promise<T>): Promise<T | null> {
		this.busy = true;
		this.error = null;
		try {
			return await work();
		} catch (e) {
			this.error = messageOf(e, this.locale());
			return null;
		} finally {
			this.busy = false;
		}
	}

	async #apply(table: string, op: TableOp): Promise<void> {
		if ('types' in op) await retype(table, op.types);
		const unmatched = 'iso3' in op ? await addIso3(table, op.iso3, 'iso3') : undefined;
		await this.#refresh(table, unmatched ? { unmatched } : {});
		const kept = this.#bytes.get(table);
		if (!kept) return;
		kept.ops.push(op);
		if (this.keep) await this.#keep(kept);
	}

	/** Stores a file in this browser; a failure is said, never swallowed. */
	async #keep(kept: KeptFile): Promise<void> {
		await keepFile(kept).catch((e: unknown) => {
			this.error = tFileNotKept(this.locale(), {
				file: kept.file,
				reason: messageOf(e, this.locale())
			});
		});
	}

	async #refresh(table: string, patch: Partial<UserTable> = {}) {
		const { columns, rows } = await describeTable(table);
		this.tables = this.tables.map((t) =>
			t.table === table ? { ...t, columns, rows, ...patch } : t
		);
	}

	async #open(kept: KeptFile): Promise<void> {
		await loadUserFile(kept.table, kept.kind, kept.bytes, this.locale());
		this.#bytes.set(kept.table, { ...kept, ops: [] });
		const { columns, rows } = await describeTable(kept.table);
		this.tables = [
			...this.tables,
			{ table: kept.table, file: kept.file, kind: kept.kind, columns, rows, unmatched: null }
		];
		for (const op of kept.ops) await this.#apply(kept.table, op);
	}

	/** Loads each file as a table named after it. */
	async add(files: File[]): Promise<void> {
		for (const f of files) {
			const kind = fileKind(f.name);
			if (!kind) {
				this.error = tFileKindRefused(this.locale(), { file: f.name });
				continue;
			}
			const table = tableNameFor(f.name, [...this.taken(), ...this.tables.map((t) => t.table)]);
			const kept: KeptFile = {
				table,
				file: f.name,
				kind,
				bytes: new Uint8Array(await f.arrayBuffer()),
				ops: []
			};
			const ok = await this.#step(() => this.#open(kept));
			if (ok !== null && this.keep) await this.#keep(this.#bytes.get(table) ?? kept);
		}
	}

	/** Re-casts columns to the chosen types. */
	async setTypes(table: string, columns: UserColumn[]): Promise<void> {
		await this.#step(() => this.#apply(table, { types: columns }));
	}

	/** Adds an `iso3` column mapped from the named country column. */
	async mapCountries(table: string, column: string): Promise<void> {
		await this.#step(() => this.#apply(table, { iso3: column }));
	}

	/** Turns keeping on or off; on stores every table's file now, off deletes what was kept. */
	async setKeep(keep: boolean): Promise<void> {
		this.keep = keep;
		if (!keep) return forgetAll().catch(() => {});
		for (const kept of this.#bytes.values()) await this.#keep(kept);
	}

	async remove(table: string): Promise<void> {
		await this.#step(async () => {
			await dropUserTable(table);
			this.tables = this.tables.filter((t) => t.table !== table);
			this.#bytes.delete(table);
			await forgetFile(table).catch(() => {});
		});
	}

	/** Drops every user table and deletes anything kept in this browser's storage. */
	async forget(): Promise<void> {
		await forgetAll().catch(() => {});
		this.keep = false;
		for (const t of this.tables) await dropUserTable(t.table).catch(() => {});
		this.tables = [];
		this.#bytes.clear();
	}

	/** Lists the user tables already in DuckDB and reloads files kept from an earlier visit. */
	async restore(): Promise<void> {
		const kept = await keptFiles().catch(() => []);
		if (kept.length) this.keep = true;
		const present = (await loadSchema().catch(() => [])).filter((t) => t.user);
		for (const t of present) {
			const k = kept.find((f) => f.table === t.name);
			if (k) this.#bytes.set(k.table, k);
			this.tables = [
				...this.tables,
				{
					table: t.name,
					file: k?.file ?? '',
					kind: k?.kind ?? 'sql',
					columns: t.columns,
					rows: t.rows ?? 0,
					unmatched: null
				}
			];
		}
		for (const k of kept)
			if (!present.some((t) => t.name === k.table)) await this.#step(() => this.#open(k));
	}
}
