import { parquetMetadata, type AsyncBuffer } from 'hyparquet';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { egovServices } from '$lib/catalog/schema';
import { rowGroupsFor } from '$lib/db/on-demand';
import { readColumns } from '$lib/db/parquet-columns';
import { openWriter, writeParquet, type Row } from '../../../pipeline/lib/parquet-writer';

const COUNTRIES = ['AUT', 'BEL', 'DEU', 'DNK', 'EST', 'FRA', 'GBR', 'NLD'];
/** Rows per country: uneven, so that row groups (8,192 rows) straddle countries. */
const PER_COUNTRY = [9000, 3000, 12000, 500, 7000, 9000, 100, 5000];

let bytes: ArrayBuffer;

/** egov_services-shaped rows, written by the pipeline's own writer with the contract's settings. */
beforeAll(async () => {
	const rows: Row[] = [];
	COUNTRIES.forEach((country, c) => {
		for (let i = 0; i < PER_COUNTRY[c]!; i++)
			rows.push({
				country,
				edition: 2024,
				life_event: ['Career', 'Family'][i % 2],
				scope: 'national',
				service: `${Math.floor(i / 40)}.1 Service`,
				site: i % 4,
				year: 2022,
				question_code: `A${i % 10}`,
				answer_text: 'Yes',
				sheet_row: i,
				source_id: 'eu_egov'
			});
	});
	rows.reverse();
	const path = join(mkdtempSync(join(tmpdir(), 'on-demand-')), 'egov_services.parquet');
	const connection = await openWriter();
	await writeParquet(connection, egovServices, rows, path, {
		rowGroupSize: egovServices.rowGroupSize
	});
	connection.closeSync();
	const buf = readFileSync(path);
	bytes = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
});

const counting = (buffer: ArrayBuffer) => {
	const file = {
		byteLength: buffer.byteLength,
		read: 0,
		slice: (s: number, e?: number) => {
			const part = buffer.slice(s, e);
			file.read += part.byteLength;
			return part;
		}
	};
	return file as AsyncBuffer & { read: number };
};

/** The row groups that really hold a country, found by reading every group. */
async function groupsHolding(country: string): Promise<number[]> {
	const metadata = parquetMetadata(bytes);
	const out: number[] = [];
	for (let g = 0; g < metadata.row_groups.length; g++) {
		const t = await readColumns(counting(bytes), metadata, {
			columns: ['country'],
			groups: [g],
			filter: null
		});
		if (t.getChild('country')!.toArray().includes(country)) out.push(g);
	}
	return out;
}

describe('reading a few countries of a large table', () => {
	it('writes the table sorted by country in row groups of 8,192 rows', () => {
		const metadata = parquetMetadata(bytes);
		expect(metadata.row_groups.map((g) => Number(g.num_rows))).toEqual([
			8192, 8192, 8192, 8192, 8192, 4640
		]);
		const first = metadata.row_groups[0]!.columns[0]!.meta_data!;
		expect(first.path_in_schema).toEqual(['country']);
		expect([first.statistics?.min_value, first.statistics?.max_value]).toEqual(['AUT', 'AUT']);
	});

	it.each(COUNTRIES)('picks exactly the row groups that hold %s', async (country) => {
		expect(rowGroupsFor(parquetMetadata(bytes), 'country', [country])).toEqual(
			await groupsHolding(country)
		);
	});

	it('takes the union for several countries, and nothing for a country not in the file', () => {
		const metadata = parquetMetadata(bytes);
		expect(rowGroupsFor(metadata, 'country', ['DNK', 'GBR', 'BEL'])).toEqual([1, 2, 4]);
		expect(rowGroupsFor(metadata, 'country', ['ZZZ', 'AAA'])).toEqual([]);
		expect(rowGroupsFor(metadata, 'country', [])).toEqual([]);
	});

	it("reads one country's rows, and only the columns asked for, from a fraction of the file", async () => {
		const metadata = parquetMetadata(bytes);
		const file = counting(bytes);
		const groups = rowGroupsFor(metadata, 'country', ['EST']);
		const table = await readColumns(file, metadata, {
			columns: ['country', 'service', 'answer_text'],
			groups,
			filter: { column: 'country', op: '=', value: 'EST' }
		});
		expect(table.numRows).toBe(7000);
		expect(table.schema.fields.map((f) => f.name)).toEqual(['country', 'service', 'answer_text']);
		expect(new Set(table.getChild('country')!.toArray())).toEqual(new Set(['EST']));
		expect(file.read).toBeLessThan(bytes.byteLength / 3);
	});
});
