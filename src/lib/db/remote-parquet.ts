import {
	asyncBufferFromUrl,
	cachedAsyncBuffer,
	parquetMetadataAsync,
	parquetSchema,
	type AsyncBuffer
} from 'hyparquet';
import { quoteIdent } from '$lib/sql/ident';
import type { Locale } from '$lib/i18n/locales';
import { tHttpFor, tRemoteNoColumn } from '$lib/i18n/pages/tools';
import { withConsole } from './console';
import { readColumns } from './parquet-columns';
import { keepRowGroups, type SimpleFilter } from './prune';
import { userFetch } from './worker-fetch';

export interface RemoteRequest {
	url: string;
	table: string;
	/** Columns to read; empty reads them all. */
	columns: string[];
	filter: SimpleFilter | null;
	/** Download the whole file first (for hosts without byte ranges, and as the benchmark's baseline). */
	whole?: boolean;
	/** The language its errors are said in (default English). */
	locale?: Locale;
}

export interface RemoteReport {
	table: string;
	rows: number;
	bytesRead: number;
	fileBytes: number;
	groupsRead: number;
	groupsTotal: number;
	ms: number;
}

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

async function openFile(
	url: string,
	whole: boolean,
	locale: Locale
): Promise<AsyncBuffer & { read: number }> {
	if (!whole) return counted(await asyncBufferFromUrl({ url, fetch: userFetch }));
	const response = await userFetch(url);
	if (!response.ok) throw new Error(tHttpFor(locale, { status: response.status, url }));
	const buffer = await response.arrayBuffer();
	return {
		byteLength: buffer.byteLength,
		read: buffer.byteLength,
		slice: (s, e) => buffer.slice(s, e)
	};
}

/**
 * Loads part of a Parquet file that lives at a URL into a user table, reading the footer, then
 * only the needed columns of the row groups whose statistics admit the filter, over HTTP ranges.
 */
export async function attachRemoteParquet(request: RemoteRequest): Promise<RemoteReport> {
	const started = performance.now();
	const url = new URL(request.url, location.href).href;
	const locale = request.locale ?? 'en';
	const file = await openFile(url, request.whole ?? false, locale);
	const cached = cachedAsyncBuffer(file);
	const metadata = await parquetMetadataAsync(cached);
	const names = parquetSchema(metadata).children.map((c) => c.element.name);
	const wanted = request.columns.length ? request.columns : names;
	const missing = [...wanted, ...(request.filter ? [request.filter.column] : [])].filter(
		(c) => !names.includes(c)
	);
	if (missing.length)
		throw new Error(
			tRemoteNoColumn(locale, { missing: missing.join(', '), names: names.join(', ') })
		);
	const columns =
		request.filter && !wanted.includes(request.filter.column)
			? [...wanted, request.filter.column]
			: wanted;
	const groups = keepRowGroups(metadata, request.filter);
	const arrow = await readColumns(cached, metadata, { columns, groups, filter: request.filter });
	await withConsole(async (conn) => {
		await conn.query(`DROP TABLE IF EXISTS ${quoteIdent(request.table)}`);
		await conn.insertArrowTable(arrow, { name: request.table, create: true });
	});
	return {
		table: request.table,
		rows: arrow.numRows,
		bytesRead: file.read,
		fileBytes: file.byteLength,
		groupsRead: groups.length,
		groupsTotal: metadata.row_groups.length,
		ms: performance.now() - started
	};
}
