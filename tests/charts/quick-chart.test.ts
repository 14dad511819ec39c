import { describe, expect, it } from 'vitest';
import { colorOf } from '$lib/catalog/colors';
import { quickChart, quickDefaults } from '$lib/charts/quick-chart';
import { renderSvg } from '$lib/server/render-svg';
import { expectSnapshot } from './snapshot';

const rows = [2018, 2020, 2022, 2024].flatMap((year, i) =>
	['DNK', 'EST'].map((country, j) => ({ year, country, egdi: 0.8 + i * 0.03 + j * 0.01 }))
);
const columns = [
	{ name: 'year', numeric: true },
	{ name: 'country', numeric: false },
	{ name: 'egdi', numeric: true }
];

describe('quick chart', () => {
	it('guesses x, y, colour and mark from the result', () => {
		expect(quickDefaults(columns, rows)).toEqual({
			x: 'year',
			y: 'egdi',
			color: 'country',
			mark: 'line'
		});
		expect(
			quickDefaults(
				[
					{ name: 'name', numeric: false },
					{ name: 'n', numeric: true }
				],
				[]
			)
		).toEqual({
			x: 'name',
			y: 'n',
			color: null,
			mark: 'bar'
		});
		expect(quickDefaults([{ name: 'name', numeric: false }], [])).toBeNull();
	});

	it('draws a line per country in the country colours, with a description', () => {
		const options = quickChart(rows, { x: 'year', y: 'egdi', color: 'country', mark: 'line' });
		expect(options.ariaDescription).toBe(
			'Line chart of egdi by year, coloured by country, 8 rows. egdi runs from 0.8 to 0.9.'
		);
		const svg = renderSvg(options);
		expect(svg).toContain(colorOf('EST'));
		expect(svg).toContain(colorOf('DNK'));
		expectSnapshot('quick-line', svg);
	});

	it('gives country names their country colours when it knows the names', () => {
		const named = rows.map((r) => ({ ...r, name: r.country === 'EST' ? 'Estonia' : 'Denmark' }));
		const spec = { x: 'year', y: 'egdi', color: 'name', mark: 'line' as const };
		const countryOf = (v: string) => ({ Estonia: 'EST', Denmark: 'DNK' })[v] ?? null;
		expect(renderSvg(quickChart(named, spec, { countryOf }))).toContain(colorOf('EST'));
		expect(renderSvg(quickChart(named, spec))).not.toContain(colorOf('EST'));
	});

	it('draws bars and dots, skipping rows without a number', () => {
		const withGap = [...rows, { year: 2026, country: 'DNK', egdi: null }];
		expectSnapshot(
			'quick-bar',
			renderSvg(quickChart(withGap, { x: 'country', y: 'egdi', color: null, mark: 'bar' }))
		);
		const dots = quickChart(withGap, { x: 'year', y: 'egdi', color: null, mark: 'dot' });
		expect(dots.ariaDescription).toContain('8 rows');
		expectSnapshot('quick-dot', renderSvg(dots));
	});
});
