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
