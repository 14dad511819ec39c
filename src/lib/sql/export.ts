import { DataType, type Table } from 'apache-arrow';

type Cell = unknown;

function csvCell(v: Cell): string {
	if (v === null || v === undefined) return '';
	const text =
		v instanceof Date
			? v.toISOString()
			: typeof v === 'bigint'
				? v.toString()
				: typeof v === 'object'
					? JSON.stringify(v, (_, x) => (typeof x === 'bigint' ? x.toString() : x))
					: String(v);
	return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A result as RFC 4180 CSV (header row, quoted where needed, CRLF line ends). */
export function tableToCsv(table: Table): string {
	const names = table.schema.fields.map((f) => f.name);
	const columns = names.map((n) => table.getChild(n));
	const lines = [names.map(csvCell).join(',')];
	for (let i = 0; i < table.numRows; i++)
		lines.push(columns.map((c) => csvCell(c?.get(i))).join(','));
	return lines.join('\r\n') + '\r\n';
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
	if (type === 'STRING') return typeof v === 'string' ? v : csvCell(v).replace(/^"|"$/g, '');
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
