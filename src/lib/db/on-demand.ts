import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import {
	asyncBufferFromUrl,
	cachedAsyncBuffer,
	parquetMetadataAsync,
	type AsyncBuffer,
	type FileMetaData
} from 'hyparquet';
import { tFileNoColumn } from '$lib/i18n/pages/tools';
import { readColumns } from './parquet-columns';
import { SaidError } from './said-error';
import { keepRowGroups } from './prune';

/** A large table read in parts: only some columns, and only the rows of some key values. */
export interface OnDemandRequest {
	table: string;
	url: string;
	/** Columns to load; fixed by the first request for the table. */
	columns: readonly string[];
	/** Column the file is sorted by (e.g. country), and the values wanted; no key reads all rows. */
	key?: string;
	values?: readonly string[];
	onProgress?: (progress: OnDemandProgress) => void;
}

export interface OnDemandProgress {
	phase: 'footer' | 'rows' | 'ready';
	/** Key values loaded so far of those asked for. */
	loaded: number;
	total: number;
	/** Bytes fetched for this table so far (footer and column chunks). */
	bytes: number;
	rows: number;
}

/** Row groups that may hold a row whose `key` is one of `values`, from the footer's min/max. */
export function rowGroupsFor(
	metadata: FileMetaData,
	key: string,
	values: readonly string[]
): number[] {
	const groups = new Set<number>();
	for (const value of values)
		for (const g of keepRowGroups(metadata, { column: key, op: '=', value })) groups.add(g);
	return [...groups].sort((a, b) => a - b);
}

interface Loaded {
	file: AsyncBuffer & { read: number };
	/** The file behind a cache of the byte ranges read, so a row group two countries share is fetched once. */
	cached: AsyncBuffer;
	metadata: FileMetaData;
	columns: string[];
	values: Set<string>;
	rows: number;
	created: boolean;
}

/** Bytes fetched from the end of a file for its footer: enough for ~100 row groups; more is read if needed. */
const FOOTER_GUESS = 1 << 16;
const ALL = '\u0000all';
const opened = new Map<string, Promise<Loaded>>();
/** Loads of a table run one after another, so it is created once and no value loaded twice. */
const chains = new Map<string, Promise<unknown>>();

function counted(file: AsyncBuffer): AsyncBuffer & { read: number } {
	const out = {
		byteLength: file.byteLength,
		read: 0,
		async slice(start: number, end?: number) {
			const part = await file.slice(start, end);
			out.read += part.byteLength;
			return part;
		}
	};
	return out;
}

async function openTable(request: OnDemandRequest): Promise<Loaded> {
	const url = new URL(request.url, location.href).href;
	const file = counted(await asyncBufferFromUrl({ url }));
	const cached = cachedAsyncBuffer(file);
	const metadata = await parquetMetadataAsync(cached, {
		initialFetchSize: FOOTER_GUESS
	});
	const names = metadata.schema.slice(1).map((e) => e.name);
	const missing = [...request.columns, ...(request.key ? [request.key] : [])].filter(
		(c) => !names.includes(c)
	);
	if (missing.length) {
		const [file, columns] = [`${request.table}.parquet`, missing.join(', ')];
		throw new SaidError((locale) => tFileNoColumn(locale, { file, missing: columns }));
	}
	const columns = [...new Set([...request.columns, ...(request.key ? [request.key] : [])])];
	return { file, cached, metadata, columns, values: new Set(), rows: 0, created: false };
}

async function loadValue(
	connection: AsyncDuckDBConnection,
	t: Loaded,
	request: OnDemandRequest,
	value: string
): Promise<void> {
	const { key } = request;
	const groups = key
		? rowGroupsFor(t.metadata, key, [value])
		: t.metadata.row_groups.map((_, i) => i);
	const filter = key ? { column: key, op: '=' as const, value } : null;
	const arrow = await readColumns(t.cached, t.metadata, {
		columns: t.columns,
		groups,
		filter
	});
	if (arrow.numRows > 0 || !t.created) {
		await connection.insertArrowTable(arrow, { name: request.table, create: !t.created });
		t.created = true;
	}
	t.values.add(value);
	t.rows += arrow.numRows;
}

/**
 * Loads the rows of the wanted key values of a table into DuckDB, once each: the footer first,
 * then only the needed columns of the row groups whose statistics admit each value, over HTTP
 * byte ranges. Later calls add the values not loaded yet.
 */
export function loadOnDemand(
	connection: AsyncDuckDBConnection,
	request: OnDemandRequest
): Promise<OnDemandProgress> {
	const report = request.onProgress ?? (() => {});
	const total = request.key ? new Set(request.values ?? []).size : 1;
	report({ phase: 'footer', loaded: 0, total, bytes: 0, rows: 0 });
	const entry = opened.get(request.table) ?? openTable(request);
	opened.set(request.table, entry);
	entry.catch(() => opened.delete(request.table));
	const previous = chains.get(request.table) ?? Promise.resolve();
	const run = previous
		.catch(() => {})
		.then(() => entry)
		.then(async (t) => {
			const wanted = request.key ? [...new Set(request.values ?? [])] : [ALL];
			const todo = wanted.filter((v) => !t.values.has(v));
			const progress = (phase: OnDemandProgress['phase'], loaded: number): OnDemandProgress => ({
				phase,
				loaded,
				total: wanted.length,
				bytes: t.file.read,
				rows: t.rows
			});
			let loaded = wanted.length - todo.length;
			report(progress('rows', loaded));
			for (const value of todo) {
				await loadValue(connection, t, request, value);
				report(progress('rows', ++loaded));
			}
			const done = progress('ready', loaded);
			report(done);
			return done;
		});
	chains.set(request.table, run);
	return run;
}
