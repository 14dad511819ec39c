import { describe, expect, it } from 'vitest';
import { describeHome, homeChart } from '$lib/charts/home-chart';
import type { SeriesRow } from '$lib/charts/line-chart';
import { renderSvg } from '$lib/server/render-svg';
import rows from '../fixtures/series-rows.json';
import { expectSnapshot } from './snapshot';

const series = rows as SeriesRow[];

describe('home chart', () => {
	it('draws the score view', () => {
		expectSnapshot(
			'home-score',
			renderSvg(homeChart(series, { country: ['DNK', 'EST'], view: 'score' }))
		);
	});

	it('labels every line with the country name and the EU27 average', () => {
		const svg = renderSvg(homeChart(series, { country: ['DNK', 'EST'], view: 'score' }));
		for (const label of ['Denmark', 'Estonia', 'EU27 average', 'EGDI (0–1)'])
			expect(svg).toContain(label);
	});

	it('puts rank 1 at the top in the rank view', () => {
		const ranks: SeriesRow[] = [
			{ country: 'EST', name: 'Estonia', year: 2010, value: 20, role: 'country' },
			{ country: 'EST', name: 'Estonia', year: 2024, value: 2, role: 'country' }
		];
		const options = homeChart(ranks, { country: ['EST'], view: 'rank' });
		expect(options.y?.reverse).toBe(true);
		expectSnapshot('home-rank', renderSvg(options));
	});

	it('describes the latest values in a sentence', () => {
		expect(describeHome(series, { country: ['DNK', 'EST'], view: 'score' })).toBe(
			'UN E-Government Development Index (0–1) by survey edition, 2003–2024; in 2024: Denmark 0.985, Estonia 0.973.'
		);
	});
});
