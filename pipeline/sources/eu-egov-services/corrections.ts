import * as XLSX from '@e965/xlsx';
import { SourceError } from '../../lib/source-error.ts';
import { WORKBOOKS } from '../eu-egov-benchmark.ts';
import type { SheetKey } from './sheets.ts';

const fileOf = (edition: number) => WORKBOOKS.find((w) => w.edition === edition)?.file;

/**
 * A cell of an EC workbook (the edition's file in WORKBOOKS) with an evident slip: read as `use`
 * (null: as empty), and reported.
 */
export interface Correction {
	edition: number;
	sheet: SheetKey;
	cell: string;
	found: string;
	use: string | null;
	why: string;
}

const PASTED = 'country codes typed across the barrier columns of one row, not answers';
const NATIONAL =
	'"National" in the government-level column, for a national agency: the method calls it Central';

export const CORRECTIONS: Correction[] = [
	...(['O', 'P', 'Q', 'R', 'S'] as const).map((col, i) => ({
		edition: 2021,
		sheet: '4b' as const,
		cell: `${col}1496`,
		found: ['Pl', 'Pt', 'Ro', 'Rs', 'Se'][i]!,
		use: null,
		why: PASTED
	})),
	{ edition: 2022, sheet: '4b', cell: 'L884', found: 'Yyes', use: 'Yes', why: 'typo' },
	{ edition: 2023, sheet: '4b', cell: 'M2694', found: 'Yyes', use: 'Yes', why: 'typo' },
	{ edition: 2023, sheet: '3b', cell: 'I1904', found: 'National', use: 'Central', why: NATIONAL },
	{ edition: 2024, sheet: '3b', cell: 'I1904', found: 'National', use: 'Central', why: NATIONAL }
];

/**
 * Applies the corrections listed for one sheet (of a sheet parsed in dense mode) and returns a
 * report line for each; a cell that no longer holds what was corrected stops the pipeline.
 */
export function applyCorrections(
	ws: XLSX.WorkSheet,
	at: { file: string; sheet: string; edition: number; key: SheetKey },
	corrections: readonly Correction[] = CORRECTIONS
): string[] {
	const lines: string[] = [];
	for (const c of corrections) {
		const file = fileOf(c.edition);
		if (!file || !at.file.endsWith(file) || c.sheet !== at.key) continue;
		const { r, c: col } = XLSX.utils.decode_cell(c.cell);
		const row = (ws['!data'] as XLSX.CellObject[][] | undefined)?.[r];
		const text = String(row?.[col]?.v ?? '').trim();
		if (text !== c.found)
			throw new SourceError(
				{ file: at.file, sheet: at.sheet, row: r + 1, column: c.cell },
				`a listed correction expects "${c.found}" here, found "${text}": check pipeline/sources/eu-egov-services/corrections.ts`
			);
		if (c.use === null) delete row![col];
		else row![col] = { t: 's', v: c.use };
		lines.push(
			`eu_egov services ${c.edition}: ${at.sheet} ${c.cell} "${c.found}" read as ${c.use === null ? 'empty' : `"${c.use}"`} (${c.why})`
		);
	}
	return lines;
}
