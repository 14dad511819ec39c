import { describe, expect, it } from 'vitest';
import { statusOf, toServiceGrid, unmeasuredNote } from '$lib/charts/services-grid';
import { MEASURE_INFO, formatMeasure } from '$lib/charts/services-measures';
import { describeTrend, servicesTrend, trendRows } from '$lib/charts/services-trend';
import type { ServicesSummaryRow } from '$lib/queries/services-summary';
import { renderSvg } from '$lib/server/render-svg';
import { expectSnapshot } from './snapshot';

const row = (
	country: string,
	name: string,
	edition: number,
	years: string,
	m: Partial<ServicesSummaryRow>
): ServicesSummaryRow => ({
	country,
	name,
	edition,
	years,
	life_event: 'Family',
	services: 9,
	central: 50,
	regional: 0,
	local: 50,
	providers: 10,
	portal: 90,
	cross_border: 80,
	proactive: 10,
	...m
});

/** Family is measured in even years: 2020 (2021 report) and 2022 (2023 and 2024 reports). */
const ROWS = [
	row('EST', 'Estonia', 2021, '2020', { proactive: 11.1, providers: 12 }),
	row('EST', 'Estonia', 2023, '2022', { proactive: 20, providers: 14 }),
	row('EST', 'Estonia', 2024, '2022', { proactive: 22.2, providers: 14 }),
	row('DEU', 'Germany', 2021, '2020', { proactive: 0, providers: 30 }),
	row('DEU', 'Germany', 2024, '2022', { proactive: 0, providers: 24 }),
	row('GBR', 'United Kingdom', 2021, '2020', { proactive: 12.5, providers: 9 })
];

describe('services trend chart', () => {
	it('keeps one point per country and data year, from the newest report', () => {
		const points = trendRows(ROWS, 'proactive');
		expect(points.map((p) => `${p.country} ${p.year} ${p.value}`)).toEqual([
			'DEU 2020 0',
			'DEU 2022 0',
			'EST 2020 11.1',
			'EST 2022 22.2',
			'GBR 2020 12.5'
		]);
	});

	it('says the key numbers in one sentence', () => {
		expect(describeTrend(trendRows(ROWS, 'providers'), 'providers', 'Family')).toBe(
			'Distinct providers (organisations per life event), Family, by data year; in 2022: Germany 24, Estonia 14.'
		);
	});

	it('draws the proactive share by data year, each line named', () => {
		const svg = renderSvg(servicesTrend(ROWS, 'proactive', 'Family'));
		for (const label of [
			'Estonia',
			'Germany',
			'United Kingdom',
			'Proactive (% of services)',
			'Data year'
		])
			expect(svg).toContain(label);
		expectSnapshot('services-trend', svg);
	});
});

describe('service grid', () => {
	it.each([
		[{ applicable: 'Yes', online: 100 }, 'online'],
		[{ applicable: 'Yes', online: 62.5 }, 'partly'],
		[{ applicable: 'Yes', online: 0 }, 'offline'],
		[{ applicable: 'No', online: null }, 'na'],
		[{ applicable: 'Yes', online: null }, 'na']
	] as const)('%j is %s', (r, status) => expect(statusOf(r)).toBe(status));

	it('counts the cells by status and keys them by country and service', () => {
		const base = { name: 'x', service_type: null, gov_level: 'Central', proactive: 'No' };
		const grid = toServiceGrid(
			[
				{ ...base, country: 'EST', service: '1.1 A', applicable: 'Yes', online: 100 },
				{
					...base,
					country: 'DEU',
					service: '1.1 A',
					applicable: 'Yes',
					online: 50,
					proactive: 'Yes'
				},
				{ ...base, country: 'DEU', service: '1.2 B', applicable: 'No', online: null }
			],
			[
				{ country: 'EST', name: 'Estonia' },
				{ country: 'DEU', name: 'Germany' }
			]
		);
		expect(grid.services).toEqual(['1.1 A', '1.2 B']);
		expect(grid.counts).toEqual({ online: 1, partly: 1, offline: 0, na: 1 });
		expect(grid.cells.get('DEU|1.1 A')).toMatchObject({ status: 'partly', proactive: true });
		expect(formatMeasure(null, MEASURE_INFO.portal)).toBe('–');
		expect(formatMeasure(33.4, MEASURE_INFO.portal)).toBe('33%');
	});
});

describe('countries a report did not measure', () => {
	it('names them and says what their absence does to the grid and the summary', () => {
		expect(unmeasuredNote([], '2024')).toBeNull();
		expect(unmeasuredNote(['United Kingdom'], '2024')).toBe(
			'Not measured in the 2024 report: United Kingdom. Its column is empty and the summary leaves it out.'
		);
		expect(unmeasuredNote(['United Kingdom', 'Norway'], '2022')).toMatch(
			/^Not measured in the 2022 report: United Kingdom, Norway\. Their columns are empty and the summary leaves them out\.$/
		);
	});
});

describe('service measure format', () => {
	it('writes shares as whole percentages and provider counts without a needless decimal', () => {
		expect(formatMeasure(72.6, MEASURE_INFO.central)).toBe('73%');
		expect(formatMeasure(19, MEASURE_INFO.providers)).toBe('19');
		expect(formatMeasure(2.25, MEASURE_INFO.providers)).toBe('2.3');
		expect(formatMeasure(null, MEASURE_INFO.providers)).toBe('–');
	});
});
