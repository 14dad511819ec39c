import { describe, expect, it } from 'vitest';
import type { IndicatorMeta } from '$lib/catalog/indicators';
import { exploreColumns, exploreCsv } from '$lib/components/explore-columns';
import type { NormRow } from '$lib/data/explore-rows';

const EGOV = {
	indicator_id: 'eu_egov.overall',
	source_id: 'eu_egov',
	label: 'Overall score',
	unit: 'score (0–100)',
	scale_min: 0,
	scale_max: 100,
	higher_is_better: true
} as IndicatorMeta;
const ROW: NormRow = {
	indicator_id: 'eu_egov.overall',
	country: 'EST',
	name: 'Estonia',
	year: 2023,
	value: 121.42,
	raw: 92.036,
	flag: null,
	role: 'country',
	n: null
};
const cells = (norm: Parameters<typeof exploreColumns>[0], row = ROW) =>
	exploreColumns(norm, [EGOV]).map((c) =>
		c.format ? c.format(row[c.key], row) : String(row[c.key])
	);

describe('explorer table and CSV', () => {
	it('prints values as the chart does, with the raw value beside a normalised one', () => {
		expect(cells('raw', { ...ROW, value: 92.036 })).toEqual([
			'Overall score (score (0–100))',
			'Estonia',
			'2023',
			'92.0',
			''
		]);
		expect(cells('index')).toEqual([
			'Overall score (score (0–100))',
			'Estonia',
			'2023',
			'121.4',
			'92.0',
			''
		]);
		expect(exploreColumns('rank', [EGOV]).map((c) => c.label)).toContain(
			'Countries assessed (EU27: averaged)'
		);
		expect(cells('rank', { ...ROW, value: 2, raw: Number.NaN })[4]).toBe('–');
	});

	it('writes the CSV with the indicator, unit and source of each value', () => {
		const csv = exploreCsv([ROW], 'index', {
			indicators: [EGOV],
			sources: [
				{ source_id: 'eu_egov', publisher: 'European Commission', title: 'eGovernment Benchmark' }
			]
		});
		expect(csv.filename).toBe('explore-eu-egov-overall-index');
		expect(csv.columns.map((c) => c.header ?? c.key)).toEqual([
			'country',
			'country_name',
			'year',
			'index',
			'raw_value',
			'countries_assessed_or_averaged',
			'flag',
			'role',
			'value_status',
			'indicator_id',
			'indicator',
			'unit',
			'source_id',
			'source',
			'edition',
			'source_url',
			'licence',
			'licence_url'
		]);
		expect(csv.rows[0]).toMatchObject({
			value_status: 'computed',
			unit: 'index (EU27 average = 100)',
			source: 'European Commission: eGovernment Benchmark',
			edition: 2023
		});
	});
});
