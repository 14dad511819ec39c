import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { rawDir as defaultRawDir } from '../../../pipeline/lib/raw-dir.ts';
import { tables } from '../../../src/lib/catalog/schema.ts';
import { checkScales, checkTable } from '../../../pipeline/lib/validate.ts';
import type { Row } from '../../../pipeline/lib/parquet-writer.ts';
import type { SourceOutput } from '../../../pipeline/lib/types.ts';
import { WORKBOOKS, readWorkbooks } from '../../../pipeline/sources/eu-egov-benchmark.ts';
import { INDICATORS } from '../../../pipeline/sources/eu-egov-benchmark/indicators.ts';
import { mergeEditions } from '../../../pipeline/sources/eu-egov-benchmark/merge.ts';
import { readScores } from '../../../pipeline/sources/eu-egov-benchmark/scores-sheet.ts';
import { FIXTURE_DIR, buildFixtures } from '../../fixtures/make-eu-egov-fixtures.ts';

const rawDir = defaultRawDir();
const pinnedReport = fileURLToPath(new URL('./eu-egov-benchmark.report.txt', import.meta.url));

const fixture = (name: string, sheet = '1. Scores 2024', edition = 2024, latest = 2023) =>
	readScores(name, readFileSync(join(FIXTURE_DIR, name)), { edition, file: name, sheet, latest });

const find = (rows: Row[], id: string, country: string, year: number) =>
	rows.find((o) => o.indicator_id === id && o.country === country && o.year === year);

describe('EU eGovernment Benchmark, real workbooks', () => {
	let out: SourceOutput;
	beforeAll(async () => {
		out = await readWorkbooks(rawDir, WORKBOOKS);
	});

	// Read by hand from the workbooks (sheet "1. Scores <year>"), rounded as the reports print them.
	it.each([
		['eu_egov.overall', 'EST', 2023, 92.0, '2024 report, 2022+2023'],
		['eu_egov.overall', 'DEU', 2023, 65.7, '2024 report, 2022+2023'],
		['eu_egov.overall', 'EU27', 2023, 75.8, 'AVERAGE_EU27, published as "EU27 average 76"'],
		['eu_egov.overall', 'NLD', 2023, 85.2, '2024 report'],
		['eu_egov.overall', 'DNK', 2023, 85.3, '2024 report'],
		['eu_egov.overall', 'BEL', 2023, 77.9, '2024 report, row 45'],
		['eu_egov.overall', 'GRC', 2023, 68.1, 'EL in the workbook'],
		['eu_egov.overall', 'UKR', 2023, 51.0, 'first measured in 2023'],
		['eu_egov.overall', 'MLT', 2022, 95.7, '2021+2022, first in the 2023 report'],
		['eu_egov.overall', 'EST', 2020, 91.6, '2019+2020'],
		['eu_egov.overall', 'DEU', 2021, 63.2, '2020+2021'],
		['eu_egov.overall', 'GBR', 2020, 69.0, 'UK, 2021 report only'],
		['eu_egov.overall', 'EU27', 2019, 71.7, '2018+2019 as the 2024 report has it (2021: 71.9)'],
		['eu_egov.online_availability', 'EST', 2023, 95.6, '1.1'],
		['eu_egov.key_enablers', 'EU27', 2023, 77.7, '3.'],
		['eu_egov.cross_border_eid', 'EU27', 2023, 32.8, '4.3'],
		['eu_egov.transparency_of_service_design', 'DNK', 2023, 80.6, '2.3'],
		['eu_egov.transparency_of_public_organisations', 'DEU', 2019, 77.5, '2.x, 2021 report'],
		['eu_egov.pre_filled_forms', 'EST', 2020, 97.2, '3.3 "Authentic sources" in 2021'],
		['eu_egov_yearly.overall', 'EST', 2016, 84.2, 'Average (2016)'],
		['eu_egov_yearly.overall', 'BEL', 2023, 73.8, 'Average (2023)'],
		['eu_egov_yearly.overall', 'PRT', 2020, 87.3, '2024 report (2021: 88.7)']
	])('%s %s %i ≈ %d (%s)', (id, country, year, expected) => {
		const value = find(out.observations, id, country, year)?.value as number;
		expect(Math.abs(value - expected)).toBeLessThan(0.05);
	});

	it('cites file, sheet, row and column of the newest edition', () => {
		expect(find(out.observations, 'eu_egov.overall', 'EST', 2023)).toMatchObject({
			ref_period: '2022-2023',
			source_ref:
				'eu-egovernment-benchmark/6_eGovernment_Benchmark_2024__Final_Results.xlsx | 1. Scores 2024 | row 178 | D (Biennial average 2022 + 2023)'
		});
		for (const o of out.observations)
			expect(o.source_ref).toMatch(/\.xlsx \| 1\. Scores \d{4} \| row \d+ \| [A-Z]+ \(/);
	});

	it('flags the first value under the 2020 method, in both series', () => {
		const flag = (id: string, year: number) => find(out.observations, id, 'DEU', year)?.flag;
		expect([2019, 2020, 2021].map((y) => flag('eu_egov.overall', y))).toEqual([
			null,
			'break',
			null
		]);
		expect(flag('eu_egov_yearly.overall', 2020)).toBe('break');
		expect(flag('eu_egov.transparency_of_service_design', 2020)).toBeNull();
		expect(flag('eu_egov.transparency_of_public_organisations', 2020)).toBeNull();
		expect(INDICATORS.every((i) => /method changed in 2020/.test(String(i.caveat)))).toBe(true);
	});

	it('flags the break in both single-year series, odd years as well as even', () => {
		const flags = (id: string) =>
			out.observations
				.filter((o) => o.indicator_id === id && o.country === 'DEU')
				.sort((a, b) => Number(a.year) - Number(b.year))
				.map((o) => [o.year, o.flag]);
		expect(flags('eu_egov_yearly.overall')).toEqual([
			[2016, null],
			[2017, null],
			[2018, null],
			[2019, null],
			[2020, 'break'],
			[2021, 'break'],
			[2022, null],
			[2023, null]
		]);
		for (const parity of [0, 1]) {
			const series = out.observations.filter(
				(o) =>
					String(o.indicator_id).startsWith('eu_egov_yearly.') &&
					Number(o.year) % 2 === parity &&
					o.value !== null
			);
			const crossing = new Map<string, number[]>();
			for (const o of series) {
				const key = `${o.indicator_id}|${o.country}`;
				crossing.set(key, [...(crossing.get(key) ?? []), Number(o.year)]);
			}
			for (const [key, years] of crossing) {
				const after = years.filter((y) => y >= 2020).sort();
				if (!years.some((y) => y < 2020) || !after.length) continue;
				if (/transparency_of_public_organisations/.test(key)) continue;
				const first = series.find(
					(o) => `${o.indicator_id}|${o.country}` === key && o.year === after[0]
				);
				expect(first?.flag, key).toBe('break');
			}
		}
	});

	it('has the UK up to 2020 only, and the EU27 average as its own series', () => {
		const years = (country: string) =>
			out.observations
				.filter((o) => o.country === country && o.indicator_id === 'eu_egov.overall')
				.map((o) => o.year);
		expect(years('GBR')).toEqual([2017, 2018, 2019, 2020]);
		expect(years('EU27')).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023]);
	});

	it('produces the indicator ids other code relies on', () => {
		const ids = INDICATORS.map((i) => i.indicator_id);
		for (const id of [
			'overall',
			'user_centricity',
			'transparency',
			'key_enablers',
			'cross_border',
			'online_availability',
			'cross_border_edocuments'
		]) {
			expect(ids).toContain(`eu_egov.${id}`);
			expect(ids).toContain(`eu_egov_yearly.${id}`);
		}
		expect(ids).toHaveLength(40);
	});

	it('lists every difference between editions beyond rounding (pinned)', () => {
		expect(out.report).toEqual(readFileSync(pinnedReport, 'utf8').trimEnd().split('\n'));
	});

	it('passes the pipeline checks: types, unique keys, scales', () => {
		expect(() => checkTable(tables.observations, out.observations)).not.toThrow();
		expect(() => checkTable(tables.indicators, out.indicators)).not.toThrow();
		expect(() => checkScales(out.observations, out.indicators)).not.toThrow();
		expect(out.observations).toHaveLength(10419);
	});
});

describe('EU eGovernment Benchmark, corrupted workbooks', () => {
	it.each([
		[
			'missing-sheet.xlsx',
			/missing-sheet\.xlsx, sheet "1\. Scores 2024": no such sheet \(found: Cover, 1\. Scores\)/
		],
		['renamed-column.xlsx', /sheet "1\. Scores 2024", row 6: column "Average \(2019\)" is missing/],
		['missing-scoring-column.xlsx', /row 6: column "Scoring" is missing/],
		['repeated-column.xlsx', /row 6, column "H \(Average \(2023\)\)": repeats column E/],
		['unknown-country.xlsx', /row 8, column "Country": unknown country code "XX"/],
		['unknown-row.xlsx', /row 8, column "Scoring": unknown scoring row "1\.1 Online access"/],
		['text-value.xlsx', /row 9, column "E \(Average \(2023\)\)": "n\/a" is not a number/],
		[
			'error-value.xlsx',
			/row 8, column "G \(Biennial average 2021 \+ 2022\)": "#DIV\/0!" is not a number/
		],
		['duplicate-row.xlsx', /row 8: EE "0\. OVERALL SCORE" appears twice \(also row 7\)/]
	])('%s stops with file, sheet, row and reason', (name, message) => {
		expect(() => fixture(name)).toThrow(message);
	});

	it('stops the pipeline on a value outside 0–100, naming where it came from', () => {
		const { observations } = mergeEditions(fixture('out-of-scale.xlsx').cells);
		expect(() => checkScales(observations, INDICATORS)).toThrow(
			/value 102\.5 is outside the scale 0–100 \(from out-of-scale\.xlsx \| 1\. Scores 2024 \| row 7 \| D/
		);
	});

	it('stops when a workbook is missing', async () => {
		await expect(readWorkbooks('/nonexistent', WORKBOOKS)).rejects.toThrow(
			/eGovernment_Benchmark_2021__Source_Data\.xlsx: file is missing/
		);
	});

	it('keeps the fixtures in step with their generator', () => {
		for (const [name, bytes] of buildFixtures())
			expect(readFileSync(join(FIXTURE_DIR, name)).equals(bytes)).toBe(true);
	});
});

describe('EU eGovernment Benchmark, merging editions', () => {
	const older = fixture('valid-2021.xlsx', '1. Scores 2020', 2021, 2020);
	const newest = fixture('valid-2024.xlsx');
	const merged = mergeEditions([...older.cells, ...newest.cells]);

	it('keeps the newest value and lists only differences beyond rounding', () => {
		expect(merged.report).toEqual([
			'eu_egov.overall EU27 2018-2019: 70.20 in the 2021 report, 71.00 in the 2024 report (kept)',
			'eu_egov_yearly.online_availability EST 2016: 87.50 in the 2021 report, "." in the 2024 report (kept)'
		]);
		expect(find(merged.observations, 'eu_egov.overall', 'EST', 2020)).toMatchObject({
			value: 89,
			flag: 'break'
		});
		expect(
			find(merged.observations, 'eu_egov_yearly.online_availability', 'EST', 2016)?.value
		).toBeNull();
	});

	it('reads both labels of 3.3, leaves out EU27+ and cells no edition fills', () => {
		expect(find(merged.observations, 'eu_egov.pre_filled_forms', 'GRC', 2020)?.value).toBe(67);
		expect(
			find(merged.observations, 'eu_egov_yearly.pre_filled_forms', 'GRC', 2023)
		).toBeUndefined();
		expect(newest.skipped).toEqual(['EU27+']);
		expect(merged.observations.some((o) => o.country === 'EU27+')).toBe(false);
	});
});
