import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { renderSvg } from '../../src/lib/server/render-svg';

/** A two-country line chart with labelled line ends, drawn the way every chart is. */
const svg = renderSvg({
	marks: [
		Plot.lineY(
			[
				{ year: 2020, value: 0.8, country: 'Estonia' },
				{ year: 2024, value: 0.97, country: 'Estonia' },
				{ year: 2020, value: 0.9, country: 'Denmark' },
				{ year: 2024, value: 0.98, country: 'Denmark' }
			],
			{ x: 'year', y: 'value', z: 'country' }
		),
		Plot.text(['Estonia'], { x: [2024], y: [0.97], text: (d: string) => d }),
		Plot.dot([{ year: 2021, value: 0.9 }], {
			x: 'year',
			y: 'value',
			title: () => 'Estonia 2021: Digital Agenda 2030'
		})
	],
	x: { label: 'Year', tickFormat: 'd' },
	y: { label: 'EGDI' }
});

/** The opening tag of each group with this aria-label. */
const groups = (label: string) => svg.match(new RegExp(`<g[^>]*aria-label="${label}"[^>]*>`, 'g'));

describe('charts as a screen reader finds them', () => {
	it('hides the tick labels of both axes, as Plot hides the ticks', () => {
		for (const label of ['x-axis tick label', 'y-axis tick label', 'x-axis tick']) {
			expect(groups(label)).toHaveLength(1);
			expect(groups(label)![0]).toContain('aria-hidden="true"');
		}
	});

	it('hides a group of marks with nothing to read, such as the paths of the lines', () => {
		expect(groups('line')).toHaveLength(1);
		expect(groups('line')![0]).toContain('aria-hidden="true"');
	});

	it('keeps the axis titles, the line labels and titled marks, each a named group', () => {
		for (const label of ['x-axis label', 'y-axis label', 'text', 'dot']) {
			const [g] = groups(label)!;
			expect(g).not.toContain('aria-hidden');
			expect(g).toContain('role="group"');
		}
		expect(svg).toContain('>Estonia</text>');
		expect(svg).toContain('<title>Estonia 2021: Digital Agenda 2030</title>');
	});
});
