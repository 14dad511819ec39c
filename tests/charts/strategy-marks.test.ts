import { describe, expect, it } from 'vitest';
import { homeChart } from '$lib/charts/home-chart';
import type { SeriesRow } from '$lib/charts/line-chart';
import { describeLaunches, placeLaunches, type StrategyLaunch } from '$lib/charts/strategy-marks';
import { renderSvg } from '$lib/server/render-svg';
import type { HomeState } from '$lib/state/home-state';
import rows from '../fixtures/series-rows.json';
import { expectSnapshot } from './snapshot';

const series = rows as SeriesRow[];
const EGDI = {
	label: 'E-Government Development Index',
	unit: 'index (0–1)',
	scale_min: 0,
	scale_max: 1,
	family: 'UN E-Government Survey'
};
const launch = (country: string, start_year: number, title_en: string, kind: string) => ({
	country,
	strategy_id: `${country.toLowerCase()}-${start_year}-x`,
	title_en,
	kind,
	start_year
});
const launches: StrategyLaunch[] = [
	launch('EST', 2001, 'X-Road data exchange layer', 'programme'),
	launch('EST', 2012, 'Green Paper', 'strategy'),
	launch('EST', 2017, 'Services and Information Regulation', 'law'),
	launch('DNK', 2013, 'Mandatory Digital Post', 'law'),
	launch('DEU', 2017, 'Online Access Act', 'law')
];
const state: HomeState = { indicator: 'un_egdi.egdi', country: ['DNK', 'EST'], view: 'score' };

describe('strategy marks on the home chart', () => {
	it('places launches on their line, between editions, and drops those outside it', () => {
		const points = placeLaunches(series, launches);
		expect(points.map((p) => p.title_en)).toEqual([
			'Green Paper',
			'Services and Information Regulation',
			'Mandatory Digital Post'
		]);
		const est = (year: number) => series.find((r) => r.country === 'EST' && r.year === year)!.value;
		expect(points[0]?.value).toBe(est(2012));
		expect(points[1]?.value).toBeCloseTo(est(2012) + ((est(2024) - est(2012)) * 5) / 12, 6);
		expect(points[1]?.name).toBe('Estonia');
		expect(describeLaunches(points, launches.length)).toBe(
			'Marked: 3 strategy launches and laws on the lines; 2 fall outside the years shown.'
		);
	});

	it('draws rings and diamonds in the country colour with the title, when toggled on', () => {
		const svg = renderSvg(homeChart(series, { ...state, marks: 'strategies' }, EGDI, launches));
		expectSnapshot('home-score-marks', svg);
		expect(svg).toContain('aria-description="strategy launches"');
		expect(svg).toContain('<title>Denmark 2013: Mandatory Digital Post (law)</title>');
		expect(svg).toContain('stroke="var(--country-est, #009E73)"');
		expect(svg).toMatch(/tabindex="0"/);
		expect(svg).toContain('Marked: 3 strategy launches and laws');
	});

	it('leaves the chart unchanged when the toggle is off', () => {
		const off = renderSvg(homeChart(series, state, EGDI, launches));
		expect(off).toBe(renderSvg(homeChart(series, state, EGDI)));
		expect(off).not.toContain('strategy launches');
	});
});
