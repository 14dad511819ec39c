import * as XLSX from '@e965/xlsx';
import { SourceError, type SourceLocation } from '../../lib/source-error.ts';
import type { Series } from './indicators.ts';

/** First data year of the single-year averages; the first biennial average is 2016+2017. */
export const FIRST_YEAR = 2016;

/** A column of the `1. Scores` sheet that holds a published average. */
export interface ValueColumn {
	index: number;
	/** Letter and header as the workbook shows them, e.g. `D (Biennial average 2022 + 2023)`. */
	name: string;
	series: Series;
	year: number;
	refPeriod: string;
}

export interface Header {
	row: number;
	country: number;
	scoring: number;
	columns: ValueColumn[];
}

const HEADER_TYPOS: Record<string, string> = {
	'biennial average 2019 + 20202': 'biennial average 2019 + 2020'
};

export const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

export function cellText(ws: XLSX.WorkSheet, r: number, c: number): string {
	const cell = ws[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined;
	return cell?.v === undefined || cell.v === null ? '' : String(cell.v).trim();
}

function classify(text: string, where: SourceLocation): Omit<ValueColumn, 'index' | 'name'> | null {
	const t = normalise(text);
	const fixed = HEADER_TYPOS[t] ?? t;
	const pair = /^biennial average (\d{4}) \+ (\d{4})$/.exec(fixed);
	if (pair) {
		const [a, b] = [Number(pair[1]), Number(pair[2])].sort((x, y) => x - y) as [number, number];
		if (b - a !== 1) throw new SourceError(where, `"${text}" does not name two consecutive years`);
		return { series: 'biennial', year: b, refPeriod: `${a}-${b}` };
	}
	const single = /^average \((\d{4})\)$/.exec(fixed);
	if (single) return { series: 'yearly', year: Number(single[1]), refPeriod: single[1]! };
	return null;
}

const expectedName = (series: Series, year: number) =>
	series === 'biennial' ? `Biennial average ${year - 1} + ${year}` : `Average (${year})`;

/** Every average the workbook must publish: biennial 2016+2017 … and single years 2016 … latest. */
function checkComplete(columns: ValueColumn[], latest: number, where: SourceLocation): void {
	for (const series of ['biennial', 'yearly'] as const) {
		const first = series === 'biennial' ? FIRST_YEAR + 1 : FIRST_YEAR;
		for (let year = first; year <= latest; year++) {
			if (!columns.some((c) => c.series === series && c.year === year)) {
				throw new SourceError(where, `column "${expectedName(series, year)}" is missing`);
			}
		}
	}
}

function findHeaderRow(ws: XLSX.WorkSheet, range: XLSX.Range, at: SourceLocation): number {
	for (let r = range.s.r; r <= Math.min(range.e.r, range.s.r + 20); r++) {
		for (let c = range.s.c; c <= range.e.c; c++) {
			if (normalise(cellText(ws, r, c)) === 'country') return r;
		}
	}
	throw new SourceError(at, 'no header row with a "Country" column in the first 20 rows');
}

/** Finds the header row and the columns to read; a missing, renamed or repeated column stops. */
export function readHeader(ws: XLSX.WorkSheet, latest: number, at: SourceLocation): Header {
	const range = XLSX.utils.decode_range(ws['!ref'] ?? 'A1');
	const row = findHeaderRow(ws, range, at);
	const where = { ...at, row: row + 1 };
	const named = new Map<string, number>();
	const columns: ValueColumn[] = [];
	for (let c = range.s.c; c <= range.e.c; c++) {
		const text = cellText(ws, row, c);
		if (!text) continue;
		const name = `${XLSX.utils.encode_col(c)} (${text.replace(/\s+/g, ' ')})`;
		named.set(normalise(text), c);
		const kind = classify(text, { ...where, column: name });
		if (!kind) continue;
		const twin = columns.find((x) => x.series === kind.series && x.year === kind.year);
		if (twin) throw new SourceError({ ...where, column: name }, `repeats column ${twin.name}`);
		columns.push({ index: c, name, ...kind });
	}
	for (const column of ['Country', 'Scoring']) {
		if (!named.has(normalise(column)))
			throw new SourceError(where, `column "${column}" is missing`);
	}
	checkComplete(columns, latest, where);
	return { row, country: named.get('country')!, scoring: named.get('scoring')!, columns };
}
