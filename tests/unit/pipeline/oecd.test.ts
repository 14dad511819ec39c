import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { rawDir as defaultRawDir } from '../../../pipeline/lib/raw-dir.ts';
import { DGI, OURDATA, oecd, readIndex } from '../../../pipeline/sources/oecd.ts';
import { SourceError } from '../../../pipeline/lib/source-error.ts';
import type { Row } from '../../../pipeline/lib/parquet-writer.ts';

const rawDir = defaultRawDir();
const fixture = (name: string) => {
	const file = `tests/fixtures/oecd/${name}`;
	return () => readIndex(file, readFileSync(file, 'utf8'), DGI);
};

describe('OECD DGI and OURdata 2023 (real data)', () => {
	let rows: Row[];
	const value = (id: string, country: string) =>
		rows.find((r) => r.indicator_id === id && r.country === country)?.value;
	beforeAll(async () => {
		rows = (await oecd.read(rawDir)).observations;
	});

	// Read by hand from oecd_dgi_2023.csv and oecd_ourdata_2023.csv.
	it.each([
		['oecd_dgi.composite', 'DNK', 0.811],
		['oecd_dgi.composite', 'KOR', 0.935],
		['oecd_dgi.composite', 'GBR', 0.775],
		['oecd_dgi.composite', 'EST', 0.742],
		// The OECD's own ranks (of its 33 members), as domain.md quotes Belgium's.
		['oecd_dgi.rank', 'BEL', 24],
		['oecd_dgi.rank', 'DNK', 2],
		['oecd_dgi.rank', 'ESP', 15],
		['oecd_dgi.open_by_default', 'BEL', 0.347],
		['oecd_dgi.data_driven', 'EST', 0.949],
		['oecd_dgi.government_as_a_platform', 'DNK', 0.896],
		['oecd_dgi.user_driven', 'GBR', 0.925],
		['oecd_ourdata.availability', 'FRA', 0.89],
		['oecd_ourdata.reuse', 'KOR', 1],
		['oecd_ourdata.availability_release', 'DEU', 0.05],
		['oecd_ourdata.reuse_data_literacy', 'EST', 0.97],
		['oecd_ourdata.accessibility_implementation', 'NOR', 0.91]
	])('%s %s = %f', (id, country, expected) => {
		expect(value(id, country)).toBe(expected);
	});

	it('has no Germany in DGI 2023 and no Hungary in OURdata 2023, and says so in the caveats', () => {
		expect(
			rows.some((r) => String(r.indicator_id).startsWith('oecd_dgi.') && r.country === 'DEU')
		).toBe(false);
		expect(
			rows.some((r) => String(r.indicator_id).startsWith('oecd_ourdata.') && r.country === 'HUN')
		).toBe(false);
		expect(DGI.caveat).toMatch(/No Germany in DGI 2023/);
		expect(OURDATA.caveat).toMatch(/Hungary is not in OURdata 2023/);
	});

	it('ranks the 33 OECD members only: partner countries are scored, not ranked', () => {
		const ranked = rows.filter((r) => r.indicator_id === 'oecd_dgi.rank');
		expect(ranked).toHaveLength(33);
		for (const partner of ['ARG', 'BRA', 'HRV', 'PER', 'ROU']) {
			expect(value('oecd_dgi.composite', partner)).toBeTypeOf('number');
			expect(value('oecd_dgi.rank', partner)).toBeUndefined();
		}
	});

	it('writes 38 × 7 DGI scores, 33 DGI ranks and 40 × 12 OURdata rows, edition 2023, with file and row', () => {
		expect(rows).toHaveLength(38 * 7 + 33 + 40 * 12);
		const r = rows.find((o) => o.indicator_id === 'oecd_ourdata.reuse' && o.country === 'KOR');
		expect(r).toMatchObject({ year: 2023, ref_period: '2022', source_id: 'oecd_ourdata' });
		expect(r?.source_ref).toMatch(
			/^oecd-digital-government\/oecd_ourdata_2023\.csv \| row \d+ \| value$/
		);
	});
});

describe('OECD faults stop the pipeline with file, row and reason', () => {
	it.each([
		[
			'unknown-country.csv',
			/unknown-country\.csv, row 3, column "cc_iso3c": unknown country code "ZZZ"/
		],
		[
			'duplicate-key.csv',
			/duplicate-key\.csv, row 4, column "variable": duplicate key composite_index DNK \(first in row 2\)/
		],
		[
			'value-outside-scale.csv',
			/value-outside-scale\.csv, row 2, column "value": value 81\.1 is outside the 0–1 scale of oecd_dgi\.composite/
		],
		[
			'rank-not-whole.csv',
			/rank-not-whole\.csv, row 2, column "value": rank 2\.5 is not a whole number from 1/
		],
		['renamed-column.csv', /renamed-column\.csv, row 1: column "cc_iso3c" is missing/],
		['text-as-number.csv', /text-as-number\.csv, row 3, column "value": "high" is not a number/],
		[
			'unknown-variable.csv',
			/unknown-variable\.csv, row 3, column "variable": unknown variable "digital_by_design"/
		],
		[
			'wrong-ref-year.csv',
			/wrong-ref-year\.csv, row 2, column "ref_year": ref_year "2019", expected 2023/
		],
		[
			'missing-variable.csv',
			/missing-variable\.csv: variable "proactiveness" not found: missing or renamed/
		]
	])('%s', (name, message) => {
		expect(fixture(name)).toThrow(SourceError);
		expect(fixture(name)).toThrow(message);
	});
});
