import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import {
	CORRECTIONS,
	applyCorrections
} from '../../../pipeline/sources/eu-egov-services/corrections.ts';

const FILE = 'eu-egovernment-benchmark/6_eGovernment_Benchmark_2024__Final_Results.xlsx';
const sheet = (level: string) => {
	const rows: string[][] = Array.from({ length: 1904 }, () => []);
	rows[1903]![8] = level;
	return XLSX.read(
		XLSX.write(
			{ SheetNames: ['s'], Sheets: { s: XLSX.utils.aoa_to_sheet(rows) } },
			{ type: 'buffer', bookType: 'xlsx' }
		),
		{ dense: true }
	).Sheets.s!;
};
const at = { file: FILE, sheet: '3b. Nat. Services - Data', edition: 2024, key: '3b' as const };

describe('corrections of evident slips in the EC workbooks', () => {
	it('reads a listed cell as corrected and says so in the report', () => {
		const ws = sheet('National');
		const lines = applyCorrections(ws, at);
		expect((ws['!data'] as XLSX.CellObject[][])[1903]![8]!.v).toBe('Central');
		expect(lines).toEqual([
			expect.stringMatching(
				/^eu_egov services 2024: 3b\. Nat\. Services - Data I1904 "National" read as "Central"/
			)
		]);
	});

	it('stops when a listed cell no longer holds the slip, so a new edition is looked at again', () => {
		expect(() => applyCorrections(sheet('Local'), at)).toThrow(
			/row 1904, column "I1904": a listed correction expects "National" here, found "Local"/
		);
	});

	it('leaves other workbooks alone and gives every correction a reason', () => {
		expect(applyCorrections(sheet('Local'), { ...at, file: 'other.xlsx' })).toEqual([]);
		for (const c of CORRECTIONS) expect(c.why.length).toBeGreaterThan(3);
	});
});
