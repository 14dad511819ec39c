import * as XLSX from '@e965/xlsx';
import { countryFromCode } from '../../countries.ts';
import { SourceError, type SourceLocation } from '../../lib/source-error.ts';
import { cellText, normalise, readHeader, type Header } from './columns.ts';
import { indicatorId } from './indicators.ts';
import { SCORING_ROWS, type ScoringRow } from './scoring-rows.ts';

export interface Workbook {
	/** Report edition, the year in the file name (the cover text says one year less). */
	edition: number;
	file: string;
	sheet: string;
	/** Last data year the sheet must hold. */
	latest: number;
}

/** One published value, with where it came from. */
export interface Cell {
	indicator: string;
	country: string;
	year: number;
	refPeriod: string;
	value: number | null;
	edition: number;
	where: SourceLocation;
}

/** Aggregates the workbooks publish as rows; null means not in the countries table. */
const AGGREGATES = new Map<string, string | null>([
	['AVERAGE_EU27', 'EU27'],
	['EU27+', null]
]);

const byLabel = new Map(
	SCORING_ROWS.flatMap((r) => r.labels.map((l) => [normalise(l), r] as const))
);

function scoringRow(label: string, where: SourceLocation): ScoringRow {
	const found = byLabel.get(normalise(label));
	if (!found) throw new SourceError(where, `unknown scoring row "${label}"`);
	return found;
}

function country(code: string, where: SourceLocation): string | null {
	const aggregate = AGGREGATES.get(code.toUpperCase());
	return aggregate !== undefined ? aggregate : countryFromCode(code, where);
}

/** A score, or null where the workbook writes `.` (not applicable) or leaves the cell empty. */
export function toValue(cell: XLSX.CellObject | undefined, where: SourceLocation): number | null {
	if (cell?.v === undefined || cell.v === null) return null;
	if (cell.t === 'n' && Number.isFinite(cell.v)) return cell.v as number;
	const text = cell.t === 'e' ? XLSX.utils.format_cell(cell) : String(cell.v).trim();
	if (text === '' || text === '.') return null;
	const n = Number(text);
	if (cell.t === 's' && Number.isFinite(n)) return n;
	throw new SourceError(where, `"${text}" is not a number`);
}

function rowCells(
	ws: XLSX.WorkSheet,
	r: number,
	header: Header,
	base: Omit<Cell, 'indicator' | 'year' | 'refPeriod' | 'value'>,
	id: string
): Cell[] {
	return header.columns.map((col) => {
		const where = { ...base.where, column: col.name };
		const value = toValue(ws[XLSX.utils.encode_cell({ r, c: col.index })], where);
		return {
			...base,
			indicator: indicatorId(col.series, id),
			year: col.year,
			refPeriod: col.refPeriod,
			value,
			where
		};
	});
}

function openSheet(file: string, buffer: Uint8Array, sheet: string): XLSX.WorkSheet {
	const wb = XLSX.read(buffer, {
		sheets: [sheet],
		cellFormula: false,
		cellHTML: false,
		cellText: false
	});
	const ws = wb.Sheets[sheet];
	if (!ws)
		throw new SourceError({ file, sheet }, `no such sheet (found: ${wb.SheetNames.join(', ')})`);
	return ws;
}

/** Reads every country's scores from one workbook; `skipped` lists aggregate rows left out. */
export function readScores(
	file: string,
	buffer: Uint8Array,
	workbook: Workbook
): { cells: Cell[]; skipped: string[] } {
	const { sheet, edition } = workbook;
	const ws = openSheet(file, buffer, sheet);
	const header = readHeader(ws, workbook.latest, { file, sheet });
	const last = XLSX.utils.decode_range(ws['!ref'] ?? 'A1').e.r;
	const seen = new Map<string, number>();
	const skipped = new Set<string>();
	const cells: Cell[] = [];
	for (let r = header.row + 1; r <= last; r++) {
		const code = cellText(ws, r, header.country);
		const label = cellText(ws, r, header.scoring);
		if (!code && !label) continue;
		const where = { file, sheet, row: r + 1 };
		if (!code || !label) throw new SourceError(where, `${code ? 'Scoring' : 'Country'} is empty`);
		const iso = country(code, { ...where, column: 'Country' });
		if (iso === null) {
			skipped.add(code);
			continue;
		}
		const spec = scoringRow(label, { ...where, column: 'Scoring' });
		const first = seen.get(`${iso}|${spec.id}`);
		if (first) throw new SourceError(where, `${code} "${label}" appears twice (also row ${first})`);
		seen.set(`${iso}|${spec.id}`, r + 1);
		cells.push(...rowCells(ws, r, header, { country: iso, edition, where }, spec.id));
	}
	return { cells, skipped: [...skipped] };
}
