import {
	Bool,
	DateMillisecond,
	Float64,
	Int32,
	Table,
	TimestampMillisecond,
	Utf8,
	type DataType
} from 'apache-arrow';
import { parquetRead, type AsyncBuffer, type FileMetaData, type SchemaElement } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { toVector } from './arrow-vectors';
import { filterValue, passes, rowRanges, type SimpleFilter } from './prune';

export interface ColumnRead {
	columns: string[];
	/** Row groups to read (from keepRowGroups). */
	groups: number[];
	/** Rows are kept only where this holds; the column must be among `columns`. */
	filter: SimpleFilter | null;
}

const isTime = (e: SchemaElement) =>
	e.converted_type?.startsWith('TIMESTAMP') || e.logical_type?.type === 'TIMESTAMP';

/** The Arrow type a column becomes: numbers are doubles, no BigInt leaves this module. */
export function arrowTypeOf(e: SchemaElement): DataType {
	if (e.converted_type === 'DATE' || e.logical_type?.type === 'DATE') return new DateMillisecond();
	if (isTime(e)) return new TimestampMillisecond();
	if (e.type === 'BOOLEAN') return new Bool();
	if (e.type === 'INT32' && !e.converted_type?.startsWith('DECIMAL')) return new Int32();
	if (['INT32', 'INT64', 'FLOAT', 'DOUBLE'].includes(e.type ?? '')) return new Float64();
	if (e.converted_type === 'DECIMAL' || e.logical_type?.type === 'DECIMAL') return new Float64();
	return new Utf8();
}

function plain(v: unknown): unknown {
	if (typeof v === 'bigint') return Number(v);
	if (v instanceof Date) return v.getTime();
	if (v instanceof Uint8Array) return new TextDecoder().decode(v);
	if (v !== null && typeof v === 'object') return JSON.stringify(v);
	return v;
}

async function readRange(
	file: AsyncBuffer,
	metadata: FileMetaData,
	columns: string[],
	[start, end]: [number, number]
) {
	const data = new Map(columns.map((c) => [c, new Array<unknown>(end - start).fill(null)]));
	await parquetRead({
		file,
		metadata,
		columns,
		rowStart: start,
		rowEnd: end,
		compressors,
		onChunk: ({ columnName, columnData, rowStart }) => {
			const target = data.get(columnName);
			if (!target) return;
			for (let i = 0; i < columnData.length; i++) {
				const at = rowStart + i - start;
				if (at >= 0 && at < target.length) target[at] = plain(columnData[i]);
			}
		}
	});
	return data;
}

/**
 * Reads only the named columns of the chosen row groups, keeps the rows passing the filter, and
 * returns them as an Arrow table for DuckDB.
 */
export async function readColumns(
	file: AsyncBuffer,
	metadata: FileMetaData,
	read: ColumnRead
): Promise<Table> {
	const leaves = new Map(metadata.schema.slice(1).map((e) => [e.name, e]));
	const out = new Map<string, unknown[]>(read.columns.map((c) => [c, []]));
	const f = read.filter;
	const numeric = f ? !(arrowTypeOf(leaves.get(f.column) as SchemaElement) instanceof Utf8) : false;
	const value = f ? filterValue(f, numeric) : null;
	for (const range of rowRanges(metadata, read.groups)) {
		const data = await readRange(file, metadata, read.columns, range);
		const test = f ? (data.get(f.column) as unknown[]) : null;
		for (const [name, values] of data) {
			const target = out.get(name) as unknown[];
			for (let i = 0; i < values.length; i++)
				if (!test || (f && value !== null && passes(test[i], f.op, value))) target.push(values[i]);
		}
	}
	const vectors = Object.fromEntries(
		read.columns.map((c) => [
			c,
			toVector(out.get(c) ?? [], arrowTypeOf(leaves.get(c) as SchemaElement))
		])
	);
	return new Table(vectors);
}
