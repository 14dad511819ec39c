import * as XLSX from '@e965/xlsx';
import { SourceError, type SourceLocation } from '../../lib/source-error.ts';
import { normalise } from '../eu-egov-benchmark/columns.ts';

/** The per-service and per-portal sheets of the results workbooks, by their number. */
export const SHEETS = {
	'3a': '3a. Nat. Services - Results',
	'3b': '3b. Nat. Services - Data',
	'4a': '4a. CB Services - Results',
	'4b': '4b. CB Services - Data',
	'5': '5. Nat. Portals - Data',
	'6': '6. CB Portals - Data',
	'2d': '2d. Country Question Scores'
} as const;

export type SheetKey = keyof typeof SHEETS;

/** One headed column: its text, the headings above it, and a name a person can find. */
export interface Column {
	index: number;
	text: string;
	/** Letter and heading, e.g. `M (A1: information available online?)`. */
	name: string;
	/** The nearest heading above, to the left: the indicator the column feeds. */
	group: string | null;
	/** The heading two rows above: the top-level benchmark. */
	dimension: string | null;
}

export interface Heading {
	/** 0-based row of the header. */
	row: number;
	last: number;
	columns: Column[];
}

/** The cell at a 0-based row and column of a sheet parsed in dense mode (as openSheets does). */
export const cellAt = (ws: XLSX.WorkSheet, r: number, c: number): XLSX.CellObject | undefined =>
	(ws['!data'] as XLSX.CellObject[][] | undefined)?.[r]?.[c];

/** A cell's value as trimmed text; empty for an empty cell. */
export function cellText(ws: XLSX.WorkSheet, r: number, c: number): string {
	const v = cellAt(ws, r, c)?.v;
	return v === undefined || v === null ? '' : String(v).trim();
}

/** Parses the named sheets of one workbook (dense, for speed); a missing sheet stops. */
export function openSheets(
	file: string,
	buffer: Uint8Array,
	names: readonly string[],
	optional: readonly string[] = []
): Map<string, XLSX.WorkSheet> {
	const wb = XLSX.read(buffer, {
		sheets: [...names, ...optional],
		cellFormula: false,
		cellHTML: false,
		cellText: false,
		dense: true
	});
	const found = new Map<string, XLSX.WorkSheet>();
	for (const sheet of [...names, ...optional]) {
		const ws = wb.Sheets[sheet];
		if (ws) found.set(sheet, ws);
		else if (names.includes(sheet))
			throw new SourceError({ file, sheet }, `no such sheet (found: ${wb.SheetNames.join(', ')})`);
	}
	return found;
}

/** Carries each heading of a row rightwards, as a merged cell spans its columns. */
function carried(ws: XLSX.WorkSheet, r: number, last: number): (string | null)[] {
	const out: (string | null)[] = [];
	let current: string | null = null;
	for (let c = 0; c <= last; c++) {
		const text = r >= 0 ? cellText(ws, r, c).replace(/\s+/g, ' ') : '';
		if (text) current = text;
		out.push(current);
	}
	return out;
}

/** Finds the header row (the one with a "Country" cell) and its columns with their headings. */
export function readHeading(ws: XLSX.WorkSheet, at: SourceLocation): Heading {
	const range = XLSX.utils.decode_range(ws['!ref'] ?? 'A1');
	let row = -1;
	for (let r = range.s.r; r <= Math.min(range.e.r, 15) && row < 0; r++) {
		for (let c = range.s.c; c <= range.e.c; c++)
			if (normalise(cellText(ws, r, c)) === 'country') row = r;
	}
	if (row < 0) throw new SourceError(at, 'no header row with a "Country" column in the first rows');
	const groups = carried(ws, row - 1, range.e.c);
	const dimensions = carried(ws, row - 2, range.e.c);
	const columns: Column[] = [];
	for (let c = range.s.c; c <= range.e.c; c++) {
		const text = cellText(ws, row, c).replace(/\s+/g, ' ').trim();
		if (!text) continue;
		const name = `${XLSX.utils.encode_col(c)} (${text})`;
		columns.push({
			index: c,
			text,
			name,
			group: groups[c] ?? null,
			dimension: dimensions[c] ?? null
		});
	}
	return { row, last: range.e.r, columns };
}

export { normalise };
