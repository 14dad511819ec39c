import { describe, expect, it } from 'vitest';
import { describeHome, homeChart, homePoints } from '$lib/charts/home-chart';
import type { SeriesRow } from '$lib/charts/line-chart';
import { renderSvg } from '$lib/server/render-svg';
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

describe('home chart with many countries', () => {
	const codes = [
		'AUT',
		'BEL',
		'DNK',
		'EST',
		'FIN',
		'DEU',
		'GBR',
		'IRL',
		'LVA',
		'LTU',
		'POL',
		'SWE'
	];
	const many: SeriesRow[] = codes.flatMap((country, i) =>
		[2020, 2022].map((year) => ({
			country,
			name: `Land ${country}`,
			year,
			value: 0.5 + i / 40 + (year - 2020) / 100,
			role: 'country' as const
		}))
	);
	const state = { indicator: 'un_egdi.egdi', country: codes, view: 'score' as const };

	it('colours and names the five and draws the other seven as grey context', () => {
		const svg = renderSvg(homeChart(many, state, EGDI));
		const named = [...svg.matchAll(/>Land (\w{3})<\/text>/g)].map((m) => m[1]).sort();
		expect(named).toEqual(['BEL', 'DEU', 'DNK', 'EST', 'GBR']);
		expect(svg.match(/<path[^>]*stroke="var\(--chart-context, #b8b8b8\)"/g)).toHaveLength(7);
		expect(svg).toContain('aria-label="tip"');
	});

	it('gives the keyboard every point with its value and unit', () => {
		const points = homePoints(many, state, EGDI);
		expect(points).toHaveLength(24);
		expect(points[0]).toEqual({
			series: 'AUT',
			x: 2020,
			y: 0.5,
			text: 'Land AUT, 2020. 0.500 (index (0–1))'
		});
	});
});

describe('home chart', () => {
	it('draws the score view', () => {
		expectSnapshot(
			'home-score',
			renderSvg(
				homeChart(
					series,
					{ indicator: 'un_egdi.egdi', country: ['DNK', 'EST'], view: 'score' },
					EGDI
				)
			)
		);
	});

	it('labels every line with the country name and the EU27 average', () => {
		const svg = renderSvg(
			homeChart(series, { indicator: 'un_egdi.egdi', country: ['DNK', 'EST'], view: 'score' }, EGDI)
		);
		for (const label of [
			'Denmark',
			'Estonia',
			'EU27 average',
			'E-Government Development Index (index (0–1))'
		])
			expect(svg).toContain(label);
	});

	it('puts rank 1 at the top in the rank view', () => {
		const ranks: SeriesRow[] = [
			{ country: 'EST', name: 'Estonia', year: 2010, value: 20, role: 'country' },
			{ country: 'EST', name: 'Estonia', year: 2024, value: 2, role: 'country' }
		];
		const options = homeChart(
			ranks,
			{ indicator: 'un_egdi.egdi', country: ['EST'], view: 'rank' },
			EGDI
		);
		expect(options.y?.reverse).toBe(true);
		expectSnapshot('home-rank', renderSvg(options));
	});

	it('names the EU27 line by what a rank view draws: the mean rank', () => {
		const ranks: SeriesRow[] = [2010, 2024].flatMap((year, i) => [
			{ country: 'EST', name: 'Estonia', year, value: [20, 2][i] as number, role: 'country' },
			{
				country: 'EU27',
				name: 'EU27 average',
				year,
				value: [30, 25][i] as number,
				role: 'eu27_mean'
			}
		]);
		const state = { indicator: 'un_egdi.egdi', country: ['EST'] };
		const rank = renderSvg(homeChart(ranks, { ...state, view: 'rank' }, EGDI));
		expect(rank).toContain('>EU27 (mean rank)<');
		expect(rank).not.toContain('>EU27 average<');
		const score = renderSvg(homeChart(ranks, { ...state, view: 'score' }, EGDI));
		expect(score).toContain('>EU27 average<');
	});

	it('describes the latest values in a sentence', () => {
		expect(
			describeHome(
				series,
				{ indicator: 'un_egdi.egdi', country: ['DNK', 'EST'], view: 'score' },
				EGDI
			)
		).toBe(
			'E-Government Development Index (index (0–1)), 2003–2024; in 2024: Denmark 0.985, Estonia 0.973.'
		);
	});
});
