import type { Param } from '$lib/queries/query';

/** A column of a result file: its values, or (strings) a dictionary and each row's index into it. */
export type Column = Param[] | { dict: string[]; codes: (number | null)[] };

/** Rows stored column by column, so a file carries each name and label once, not once a row. */
export interface ColumnTable {
	length: number;
	columns: Record<string, Column>;
}

function encode(values: Param[]): Column {
	if (!values.every((v) => v === null || typeof v === 'string')) return values;
	const dict: string[] = [];
	const index = new Map<string, number>();
	const codes = (values as (string | null)[]).map((v) => {
		if (v === null) return null;
		if (!index.has(v)) index.set(v, dict.push(v) - 1);
		return index.get(v) as number;
	});
	return { dict, codes };
}

const decode = (column: Column, i: number): Param =>
	Array.isArray(column) ? (column[i] ?? null) : (column.dict[column.codes[i] ?? -1] ?? null);

/** Rows → a column table of the given columns, in that order. */
export function toColumns<R>(
	rows: readonly R[],
	columns: readonly (keyof R & string)[]
): ColumnTable {
	const table: ColumnTable = { length: rows.length, columns: {} };
	for (const c of columns) table.columns[c] = encode(rows.map((r) => (r[c] ?? null) as Param));
	return table;
}

/** A column table → rows with the given columns, in that order (the inverse of `toColumns`). */
export function fromColumns<R>(table: ColumnTable, columns: readonly (keyof R & string)[]): R[] {
	const rows: R[] = new Array(table.length);
	for (let i = 0; i < table.length; i++) {
		const row: Record<string, Param> = {};
		for (const c of columns) row[c] = decode(table.columns[c] ?? [], i);
		rows[i] = row as R;
	}
	return rows;
}
