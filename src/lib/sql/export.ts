import { DataType, type Table } from 'apache-arrow';
import { toCsv } from '$lib/download/csv';

type Cell = unknown;

/** A result value as the CSV writer takes it: dates as ISO text, BigInt and structs as text. */
function plainCell(v: Cell): string | number | boolean | null {
	if (v === null || v === undefined) return null;
	if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v;
	if (v instanceof Date) return v.toISOString();
	if (typeof v === 'bigint') return v.toString();
	if (typeof v === 'object')
		return JSON.stringify(v, (_, x: unknown) => (typeof x === 'bigint' ? x.toString() : x));
	return String(v);
}

/**
 * A result as CSV, through the site's one CSV writer (RFC 4180, CRLF, and a cell a spreadsheet
 * would run as a formula prefixed with `'`); columns by position, so repeated names survive.
 */
export function tableToCsv(table: Table): string {
	const fields = table.schema.fields;
	const vectors = fields.map((_, i) => table.getChildAt(i));
	const rows = Array.from({ length: table.numRows }, (_, r) =>
		vectors.map((v) => plainCell(v?.get(r)))
	);
	return toCsv(
		rows,
		fields.map((f, i) => ({ key: String(i), header: f.name }))
	);
}

type BasicType = 'BOOLEAN' | 'INT32' | 'DOUBLE' | 'STRING' | 'TIMESTAMP';

function parquetType(type: DataType): BasicType {
	if (DataType.isBool(type)) return 'BOOLEAN';
	if (DataType.isInt(type) && type.bitWidth <= 32) return 'INT32';
	if (DataType.isInt(type) || DataType.isFloat(type) || DataType.isDecimal(type)) return 'DOUBLE';
	if (DataType.isDate(type) || DataType.isTimestamp(type)) return 'TIMESTAMP';
	return 'STRING';
}

function parquetValue(v: Cell, type: BasicType): Cell {
	if (v === null || v === undefined) return null;
	if (type === 'DOUBLE') return Number(v);
	if (type === 'TIMESTAMP') return new Date(Number(v));
	if (type === 'STRING') return typeof v === 'string' ? v : String(plainCell(v));
	return v;
}

/** A result as a Parquet file, written in JavaScript (DuckDB-WASM's writer needs an extension). */
export async function tableToParquet(table: Table): Promise<ArrayBuffer> {
	const { parquetWriteBuffer } = await import('hyparquet-writer');
	const columnData = table.schema.fields.map((f) => {
		const type = parquetType(f.type);
		const vector = table.getChild(f.name);
		const data = Array.from({ length: table.numRows }, (_, i) =>
			parquetValue(vector?.get(i), type)
		);
		return { name: f.name, data, type };
	});
	return parquetWriteBuffer({ columnData });
}
