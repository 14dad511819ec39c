import { Table } from 'apache-arrow';
import { parquetMetadata, parquetSchema } from 'hyparquet';
import { mapCountries, type CountryRef } from '$lib/sql/country-map';
import { quoteIdent } from '$lib/sql/ident';
import type { Locale } from '$lib/i18n/locales';
import { tNoSheet } from '$lib/i18n/pages/tools';
import { consoleRows, withConsole } from './console';
import { utf8Vector } from './arrow-vectors';
import { duckDbInstance } from './engine';
import { userFilePath } from './lockdown';
import { readColumns } from './parquet-columns';

export type FileKind = 'csv' | 'parquet' | 'xlsx';

/** Types a user may give a column of their own table. */
export const COLUMN_TYPES = [
	'VARCHAR',
	'DOUBLE',
	'BIGINT',
	'INTEGER',
	'BOOLEAN',
	'DATE',
	'TIMESTAMP'
] as const;

export interface UserColumn {
	name: string;
	type: string;
}

/** The kind of file from its name, or null when it is not one the console reads. */
export function fileKind(name: string): FileKind | null {
	const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
	if (ext === 'csv' || ext === 'tsv' || ext === 'txt') return 'csv';
	if (ext === 'parquet' || ext === 'pq') return 'parquet';
	if (ext === 'xlsx' || ext === 'xls') return 'xlsx';
	return null;
}

const exec = (sql: string) => withConsole((conn) => conn.query(sql)).then(() => {});
const insertArrow = (arrow: Table, name: string) =>
	withConsole((conn) => conn.insertArrowTable(arrow, { name, create: true }));

async function fromCsv(table: string, bytes: Uint8Array): Promise<void> {
	const duck = await duckDbInstance();
	const path = userFilePath(table, 'csv');
	// The worker takes the buffer it is given: a copy, so the caller's bytes can still be kept.
	await duck.registerFileBuffer(path, bytes.slice());
	try {
		await exec(
			`CREATE TABLE ${quoteIdent(table)} AS SELECT * FROM read_csv('${path}', auto_detect = true)`
		);
	} finally {
		await duck.dropFile(path);
	}
}

async function xlsxToCsv(bytes: Uint8Array, locale: Locale): Promise<Uint8Array> {
	const XLSX = await import('@e965/xlsx');
	const book = XLSX.read(bytes, { type: 'array', cellDates: true });
	const sheet = book.Sheets[book.SheetNames[0] ?? ''];
	if (!sheet) throw new Error(tNoSheet(locale));
	return new TextEncoder().encode(XLSX.utils.sheet_to_csv(sheet, { blankrows: false }));
}

/** Creates a table from a file the user chose; the bytes stay in this tab. */
export async function loadUserFile(
	table: string,
	kind: FileKind,
	bytes: Uint8Array,
	locale: Locale = 'en'
): Promise<void> {
	if (kind === 'csv') return fromCsv(table, bytes);
	if (kind === 'xlsx') return fromCsv(table, await xlsxToCsv(bytes, locale));
	const buffer = bytes.slice().buffer as ArrayBuffer;
	const metadata = parquetMetadata(buffer);
	const file = {
		byteLength: buffer.byteLength,
		slice: (s: number, e?: number) => buffer.slice(s, e)
	};
	const arrow = await readColumns(file, metadata, {
		columns: parquetSchema(metadata).children.map((c) => c.element.name),
		groups: metadata.row_groups.map((_, i) => i),
		filter: null
	});
	await insertArrow(arrow, table);
}

/** A table's columns and types, and its row count. */
export async function describeTable(
	table: string
): Promise<{ columns: UserColumn[]; rows: number }> {
	const described = await consoleRows(`DESCRIBE ${quoteIdent(table)}`);
	const [count] = await consoleRows(`SELECT count(*)::DOUBLE AS n FROM ${quoteIdent(table)}`);
	return {
		columns: described.map((r) => ({ name: String(r.column_name), type: String(r.column_type) })),
		rows: Number(count?.n ?? 0)
	};
}

/** Re-creates the table with the given column types (a failed cast leaves it unchanged). */
export async function retype(table: string, columns: UserColumn[]): Promise<void> {
	const list = columns.map((c) => {
		const type = (COLUMN_TYPES as readonly string[]).includes(c.type) ? c.type : 'VARCHAR';
		return `CAST(${quoteIdent(c.name)} AS ${type}) AS ${quoteIdent(c.name)}`;
	});
	await exec(
		`CREATE OR REPLACE TABLE ${quoteIdent(table)} AS SELECT ${list.join(', ')} FROM ${quoteIdent(table)}`
	);
}

/** Adds an `iso3` column mapped from a country column; returns the values that matched nothing. */
export async function addIso3(table: string, column: string, target: string): Promise<string[]> {
	const values = await consoleRows(
		`SELECT DISTINCT CAST(${quoteIdent(column)} AS VARCHAR) AS v FROM ${quoteIdent(table)}`
	);
	const countries = (await consoleRows(
		'SELECT country, iso2, name FROM countries'
	)) as unknown as CountryRef[];
	const { codes, unmatched } = mapCountries(
		values.map((r) => (r.v === null ? null : String(r.v))),
		countries
	);
	const map = new Table({
		raw: utf8Vector([...codes.keys()]),
		iso3: utf8Vector([...codes.values()])
	});
	const temp = `${table}__iso3_map`;
	await exec(`DROP TABLE IF EXISTS ${quoteIdent(temp)}`);
	await insertArrow(map, temp);
	try {
		await exec(`CREATE OR REPLACE TABLE ${quoteIdent(table)} AS
			SELECT t.*, m.iso3 AS ${quoteIdent(target)} FROM ${quoteIdent(table)} t
			LEFT JOIN ${quoteIdent(temp)} m ON CAST(t.${quoteIdent(column)} AS VARCHAR) = m.raw`);
	} finally {
		await exec(`DROP TABLE IF EXISTS ${quoteIdent(temp)}`);
	}
	return unmatched;
}

/** Removes a user table. */
export async function dropUserTable(table: string): Promise<void> {
	await exec(`DROP TABLE IF EXISTS ${quoteIdent(table)}`);
}
