import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { rawDir as defaultRawDir } from '../../../pipeline/lib/raw-dir.ts';
import { INDICATORS, euOdm, readScores } from '../../../pipeline/sources/eu-odm.ts';
import { SourceError } from '../../../pipeline/lib/source-error.ts';
import type { Row } from '../../../pipeline/lib/parquet-writer.ts';

const rawDir = defaultRawDir();
const fixture = (name: string) => {
	const file = `tests/fixtures/eu-odm/${name}`;
	return () => readScores(file, readFileSync(file, 'utf8'));
};

describe('Open Data Maturity 2023 (real data)', () => {
	let rows: Row[];
	beforeAll(async () => {
		rows = (await euOdm.read(rawDir)).observations;
	});

	// Read by hand from DERIVED_odm2023_total_scores.csv (the PROVENANCE.md spot checks).
	it.each([
		['FRA', 96.0],
		['POL', 95.6],
		['UKR', 94.0],
		['EST', 93.8],
		['DNK', 88.3],
		['DEU', 83.2],
		['BEL', 70.9],
		['SRB', 73.2],
		['GRC', 59.4]
	])('%s = %f', (country, expected) => {
		expect(rows.find((r) => r.country === country)?.value).toBe(expected);
	});

	it('writes 35 countries for 2023, no UK, and the derivation note as the caveat', () => {
		expect(rows).toHaveLength(35);
		expect(rows.every((r) => r.year === 2023 && r.indicator_id === 'eu_odm.overall')).toBe(true);
		expect(rows.some((r) => r.country === 'GBR')).toBe(false);
		expect(INDICATORS[0]?.caveat).toMatch(
			/not a published file.*assumes a maximum of 2,600 points/
		);
	});
});

describe('ODM faults stop the pipeline with file, row and reason', () => {
	it.each([
		[
			'unknown-country.csv',
			/unknown-country\.csv, row 3, column "country_code": unknown country code "XX"/
		],
		['duplicate-key.csv', /duplicate-key\.csv, row 4: duplicate key DNK 2023 \(first in row 2\)/],
		[
			'value-outside-scale.csv',
			/value-outside-scale\.csv, row 3, column "pct_of_2600_points_assumed_max": value 120 is outside the 0–100 scale/
		],
		[
			'renamed-column.csv',
			/renamed-column\.csv, row 1: column "pct_of_2600_points_assumed_max" is missing/
		],
		[
			'text-as-number.csv',
			/text-as-number\.csv, row 3, column "total_score_points": "n\/a" is not a number/
		],
		[
			'name-code-mismatch.csv',
			/name-code-mismatch\.csv, row 2, column "country_name_as_given": name "Denmark" is DNK, code is DEU/
		],
		[
			'percent-mismatch.csv',
			/percent-mismatch\.csv, row 2, column "pct_of_2600_points_assumed_max": 98\.3 % does not match 2297 of 2,600 points/
		],
		[
			'unsure-not-subtracted.csv',
			/unsure-not-subtracted\.csv, row 2, column "preliminary_score_points": preliminary 1914 is not total 1914 minus unsure 10/
		]
	])('%s', (name, message) => {
		expect(fixture(name)).toThrow(SourceError);
		expect(fixture(name)).toThrow(message);
	});
});
