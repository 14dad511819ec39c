import { tableFromArrays, Table, vectorFromArray, Utf8, Float64, Bool, Int32 } from 'apache-arrow';
import { parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { tableToCsv, tableToParquet } from '$lib/sql/export';

const table = new Table({
	name: vectorFromArray(['Estonia', 'Côte d’Ivoire, "CIV"', null], new Utf8()),
	value: vectorFromArray([0.95, 0.5, null], new Float64()),
	year: vectorFromArray([2024, 2022, 2020], new Int32()),
	five: vectorFromArray([true, false, null], new Bool())
});

describe('result export', () => {
	it('writes RFC 4180 CSV with quotes only where needed', () => {
		expect(tableToCsv(table)).toBe(
			'name,value,year,five\r\nEstonia,0.95,2024,true\r\n"Côte d’Ivoire, ""CIV""",0.5,2022,false\r\n,,2020,\r\n'
		);
		expect(tableToCsv(tableFromArrays({ n: new Float64Array([]) }))).toBe('n\r\n');
	});

	it('guards cells a spreadsheet would run as formulas, as every download does', () => {
		const risky = new Table({
			a: vectorFromArray(['=1+1', '+1', '-2', '@SUM(A1)', 'ok'], new Utf8()),
			n: vectorFromArray([-1, 2, 3, 4, 5], new Float64())
		});
		expect(tableToCsv(risky)).toBe("a,n\r\n'=1+1,-1\r\n'+1,2\r\n'-2,3\r\n'@SUM(A1),4\r\nok,5\r\n");
	});

	it('writes Parquet that reads back with the same values and types', async () => {
		const buffer = await tableToParquet(table);
		const rows = await parquetReadObjects({ file: buffer });
		expect(rows).toEqual([
			{ name: 'Estonia', value: 0.95, year: 2024, five: true },
			{ name: 'Côte d’Ivoire, "CIV"', value: 0.5, year: 2022, five: false },
			{ name: null, value: null, year: 2020, five: null }
		]);
	});
});
