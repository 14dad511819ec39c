import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { rawDir as defaultRawDir } from '../../../pipeline/lib/raw-dir.ts';
import { DESI_2020, DESI_2022, euDesi, readExport } from '../../../pipeline/sources/eu-desi.ts';
import { SourceError } from '../../../pipeline/lib/source-error.ts';
import type { Row } from '../../../pipeline/lib/parquet-writer.ts';

const rawDir = defaultRawDir();
const fixture = (name: string) => {
	const file = `tests/fixtures/eu-desi/${name}`;
	return () => readExport(file, readFileSync(file, 'utf8'), DESI_2022);
};

describe('DESI exports (real data)', () => {
	let rows: Row[];
	const value = (id: string, country: string, year: number) =>
		rows.find((r) => r.indicator_id === id && r.country === country && r.year === year)?.value;
	beforeAll(async () => {
		rows = (await euDesi.read(rawDir)).observations;
	});

	// Read by hand from the two CSVs; fractions are multiplied by 100.
	it.each([
		['desi2022.dps', 'EST', 2022, 91.2, 1],
		['desi2022.dps', 'EU27', 2022, 67.3464, 4],
		['desi2022.dps', 'BEL', 2017, 45.8116, 4],
		['desi2022.egov_users', 'DNK', 2022, 93.1986, 4],
		['desi2022.services_citizens', 'EST', 2022, 92.0973, 4],
		['desi2022.services_businesses', 'FIN', 2022, 92.5, 4],
		['desi2022.prefilled_forms', 'DEU', 2022, 42.1385, 4],
		['desi2022.open_data', 'BEL', 2022, 54.5, 4],
		['desi2020.dps', 'DNK', 2020, 87.1298, 4],
		['desi2020.dps', 'EU28', 2020, 72.0003, 4],
		['desi2020.dps', 'GBR', 2020, 70.7718, 4],
		['desi2020.egov_users', 'EST', 2015, 93.4673, 4],
		['desi2020.prefilled_forms', 'GBR', 2015, 8.57143, 5],
		['desi2020.online_service_completion', 'BEL', 2019, 86.375, 4],
		['desi2020.services_businesses', 'DNK', 2015, 100, 4],
		['desi2020.open_data', 'DEU', 2020, 68.4, 4]
	])('%s %s %i = %f', (id, country, year, expected, digits) => {
		expect(value(id, country, year)).toBeCloseTo(expected, digits);
	});

	it('writes year = edition and ref_period = the year before, with file and row', () => {
		const r = rows.find(
			(o) => o.indicator_id === 'desi2022.dps' && o.country === 'EST' && o.year === 2022
		);
		expect(r).toMatchObject({ ref_period: '2021', source_id: 'desi2022' });
		expect(r?.source_ref).toMatch(
			/^eu-desi\/DESI_2022edition_2017-2022_agachocz-ODDEA\.csv \| row \d+ \| value$/
		);
	});

	it('keeps the methods apart: EU28 and the UK only in the 2020 method, EU27 only in 2022', () => {
		const countries = (prefix: string) =>
			new Set(rows.filter((r) => String(r.indicator_id).startsWith(prefix)).map((r) => r.country));
		expect(countries('desi2020.')).toContain('EU28');
		expect(countries('desi2020.')).toContain('GBR');
		expect(countries('desi2020.')).not.toContain('EU27');
		expect(countries('desi2022.')).toContain('EU27');
		expect(countries('desi2022.')).not.toContain('GBR');
	});

	it('writes no empty editions: 2022-method sub-indicators only for DESI 2022, open data 2020 only', () => {
		const years = (id: string) => [
			...new Set(rows.filter((r) => r.indicator_id === id).map((r) => r.year))
		];
		expect(years('desi2022.services_citizens')).toEqual([2022]);
		expect(years('desi2020.open_data')).toEqual([2020]);
		expect(years('desi2022.dps').sort()).toEqual([2017, 2018, 2019, 2020, 2021, 2022]);
		expect(rows).toHaveLength(1347);
	});

	it('keeps a single missing cell as a null value (France, e-government users, DESI 2021)', () => {
		expect(value('desi2022.egov_users', 'FRA', 2021)).toBeNull();
	});
});

describe('DESI faults stop the pipeline with file, row and reason', () => {
	it('reads a small valid export', () => {
		const rows = fixture('valid.csv')();
		expect(rows.find((r) => r.country === 'EU27')?.value).toBeCloseTo(67.3464, 4);
		expect(
			rows.some((r) => r.indicator_id === 'desi2022.services_citizens' && r.year === 2021)
		).toBe(false);
	});

	it.each([
		[
			'unknown-country.csv',
			/unknown-country\.csv, row 3, column "ref_area": unknown country code "ZZ"/
		],
		[
			'duplicate-key.csv',
			/duplicate-key\.csv, row 4: duplicate key desi2022\.dps EST 2022 \(first in row 2\)/
		],
		[
			'value-outside-scale.csv',
			/value-outside-scale\.csv, row 2, column "value": value 93\.1986 \(9319\.86 after ×100\) is outside the 0–100 scale/
		],
		['renamed-column.csv', /renamed-column\.csv, row 1: column "value" is missing/],
		['text-as-number.csv', /text-as-number\.csv, row 3, column "value": "high" is not a number/],
		[
			'changed-unit.csv',
			/changed-unit\.csv, row 2, column "unit_measure": unit "pc_ind" for desi2022\.egov_users, expected "pc_ind_ilt12"/
		],
		[
			'unknown-edition.csv',
			/unknown-edition\.csv, row 2, column "time_period": edition "2023" is not one of the 2017–2022 editions/
		],
		[
			'renamed-indicator.csv',
			/renamed-indicator\.csv: no values for desi2022\.services_citizens \(indicator "desi_dps_pscit"/
		]
	])('%s', (name, message) => {
		expect(fixture(name)).toThrow(SourceError);
		expect(fixture(name)).toThrow(message);
	});

	it('reads the 2020 method with its EU row as the EU28 average and its own units', () => {
		const header = readFileSync('tests/fixtures/eu-desi/valid.csv', 'utf8').split('\n')[0];
		const lines = [
			'desi_sliders","desi_5_dps","pc_desi_sliders",72.0003',
			'desi_5a1_egovu","ind_total","pc_ind_form",0.673072',
			'desi_5a2_prefform","all_egov_le","egov_score",59.375',
			'desi_5a3_osercomp","all_egov_le","egov_score",89.75',
			'desi_5a4_psb","all_egov_le","egov_score",87.6315',
			'desi_5a5_opendata","total","od_score",0.658632'
		].map((l) => `"o","2020","EU","${l},,`);
		const rows = readExport('eu.csv', [header, ...lines].join('\n'), DESI_2020);
		expect(rows.map((r) => [r.country, r.value])).toEqual([
			['EU28', 72.0003],
			['EU28', 67.3072],
			['EU28', 59.375],
			['EU28', 89.75],
			['EU28', 87.6315],
			['EU28', 65.8632]
		]);
	});
});
