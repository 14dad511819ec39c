import { describe, expect, it } from 'vitest';
import type { SeriesRow } from '$lib/charts/line-chart';
import { describePanel, overviewPanel, panelLaunches } from '$lib/charts/overview-multiples';
import type { StrategyLaunch } from '$lib/charts/strategy-marks';
import { renderSvg } from '$lib/server/render-svg';
import rows from '../fixtures/series-rows.json';
import { expectSnapshot } from './snapshot';

const series = rows as SeriesRow[];
const EGDI = {
	indicator_id: 'un_egdi.egdi',
	label: 'E-Government Development Index',
	unit: 'index (0–1)',
	scale_min: 0,
	scale_max: 1,
	family: 'UN E-Government Survey'
};
const DGI = {
	...EGDI,
	indicator_id: 'oecd_dgi.composite',
	label: 'Digital Government Index 2023 (composite)',
	family: 'OECD Digital Government Index'
};
const launch = (country: string, start_year: number, kind: string): StrategyLaunch => ({
	country,
	strategy_id: `${country.toLowerCase()}-${start_year}-${kind}`,
	title_en: `${kind} of ${start_year}`,
	kind,
	start_year
});
const launches = [
	launch('EST', 2014, 'strategy'),
	launch('EST', 2017, 'law'),
	launch('DNK', 2016, 'agreement'),
	launch('DNK', 2010, 'programme'),
	launch('DNK', 2011, 'institution')
];

describe('overview small multiples', () => {
	it('draws a panel with labelled lines, the EU27 average and strategy launches', () => {
		const svg = renderSvg(overviewPanel(series, EGDI, launches));
		expectSnapshot('overview-panel', svg);
		for (const text of ['Denmark', 'Estonia', 'EU27 average', 'index (0–1)', 'Edition'])
			expect(svg).toContain(text);
		expect(svg).toContain('<title>Estonia 2017: law of 2017 (law)</title>');
		expect(svg).not.toContain('programme of 2010');
		expect(svg).toContain('stroke="var(--country-est, #009E73)"');
	});

	it('marks strategies, agreements and laws, not programmes or institutions', () => {
		expect(panelLaunches(launches).map((l) => l.kind)).toEqual(['strategy', 'law', 'agreement']);
	});

	it('describes the latest values and the marks in a sentence', () => {
		expect(describePanel(series, EGDI, launches)).toBe(
			'E-Government Development Index (index (0–1)), 2003–2024; in 2024: Denmark 0.985, Estonia 0.973. ' +
				'Marked: 3 strategy launches and laws on the lines.'
		);
	});

	it('draws a single edition as dots on that year', () => {
		const one: SeriesRow[] = [
			{ country: 'DNK', name: 'Denmark', year: 2023, value: 0.811, role: 'country' },
			{ country: 'EST', name: 'Estonia', year: 2023, value: 0.742, role: 'country' },
			{ country: 'EU27', name: 'EU27 average', year: 2023, value: 0.61, role: 'eu27_mean', n: 22 }
		];
		const options = overviewPanel(one, DGI, []);
		expect(options.x?.domain).toEqual([2022, 2024]);
		expect(options.x?.ticks).toEqual([2023]);
		const svg = renderSvg(options);
		expectSnapshot('overview-panel-single', svg);
		expect(svg).toContain('Digital Government Index 2023 (composite), 2023');
	});
});
