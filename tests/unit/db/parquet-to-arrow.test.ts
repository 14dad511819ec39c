import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parquetToArrow } from '$lib/db/parquet-to-arrow';
import { toRows } from '$lib/db/rows';

const load = async (name: string) => {
	const bytes = await readFile(`static/data/${name}.parquet`);
	return parquetToArrow(new Uint8Array(bytes).buffer);
};

describe('Parquet → Arrow without DuckDB', () => {
	it('keeps every row, column and type of the observations', async () => {
		const table = await load('observations');
		expect(table.schema.fields.map((f) => [f.name, String(f.type)])).toEqual([
			['indicator_id', 'Utf8'],
			['country', 'Utf8'],
			['year', 'Int32'],
			['value', 'Float64'],
			['ref_period', 'Utf8'],
			['flag', 'Utf8'],
			['source_id', 'Utf8'],
			['source_ref', 'Utf8']
		]);
		const rows = toRows(table);
		const dnk = rows.find(
			(r) => r.indicator_id === 'un_egdi.egdi' && r.country === 'DNK' && r.year === 2022
		);
		expect(dnk?.value).toBe(0.9717);
		expect(rows.some((r) => r.value === null)).toBe(true);
	});

	it('reads booleans', async () => {
		const rows = toRows(await load('countries'));
		expect(
			rows
				.filter((r) => r.wp6_five === true)
				.map((r) => r.country)
				.sort()
		).toEqual(['BEL', 'DEU', 'DNK', 'EST', 'GBR']);
	});

	it('rejects a file that is not Parquet', async () => {
		await expect(
			parquetToArrow(new TextEncoder().encode('<!doctype html>not found').buffer)
		).rejects.toThrow();
	});
});
