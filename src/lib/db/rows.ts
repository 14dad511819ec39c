import type { Table } from 'apache-arrow';

export type Value = string | number | boolean | null;
export type Row = Record<string, Value>;

function cast(value: unknown): Value {
	if (value === null || value === undefined) return null;
	if (typeof value === 'bigint') return Number(value);
	if (value instanceof Date) return value.toISOString();
	if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
		return value;
	return String(value);
}

/** Arrow result → plain rows; BigInt, dates and other Arrow values are cast here, at the boundary. */
export function toRows(table: Table): Row[] {
	const names = table.schema.fields.map((f) => f.name);
	const rows: Row[] = new Array(table.numRows);
	const columns = names.map((n) => table.getChild(n));
	for (let i = 0; i < table.numRows; i++) {
		const row: Row = {};
		names.forEach((n, j) => (row[n] = cast(columns[j]?.get(i))));
		rows[i] = row;
	}
	return rows;
}
