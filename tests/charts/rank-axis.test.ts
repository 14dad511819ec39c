import { describe, expect, it } from 'vitest';
import { yearSpan } from '$lib/catalog/indicators';
import { homeChart } from '$lib/charts/home-chart';
import type { SeriesRow } from '$lib/charts/line-chart';
import { rankScale, rankTicks } from '$lib/charts/rank-axis';
import { renderSvg } from '$lib/server/render-svg';

const meta = {
	label: 'Open Data Maturity 2023, overall',
	unit: 'score (0–100)',
	scale_min: 0,
	scale_max: 100,
	family: 'Open Data Maturity'
};
const row = (country: string, name: string, value: number, role: SeriesRow['role'] = 'country') =>
	({ country, name, year: 2023, value, role }) as SeriesRow;
/** One edition, as Open Data Maturity has: ranks as the rank view draws them. */
const ONE_EDITION = [
	row('EST', 'Estonia', 4),
	row('DNK', 'Denmark', 12),
	row('BEL', 'Belgium', 27),
	row('EU27', 'EU27', 14.5, 'eu27_mean')
];

describe('rank axes', () => {
	it('label first place and round ranks up to the worst', () => {
		expect(rankTicks(27)).toEqual([1, 5, 10, 15, 20, 25]);
		expect(rankTicks(193)).toEqual([1, 25, 50, 75, 100, 125, 150, 175]);
		expect(rankScale(3)).toEqual({ domain: [1, 10], ticks: [1, 5, 10], inset: 8 });
	});

	it('keep the last-placed dot off the year axis and label rank 1 on the home chart', () => {
		const options = homeChart(ONE_EDITION, { view: 'rank' } as never, meta);
		expect(options.y).toMatchObject({ domain: [1, 27], inset: 8, ticks: [1, 5, 10, 15, 20, 25] });
		const svg = renderSvg(options);
		// The EU27's one point is a dot: a line through one point draws nothing.
		expect(svg).toMatch(/aria-label="dot">\s*<circle[^>]*>\s*<\/g>/);
		expect(options.ariaDescription).toMatch(
			/^Rank on Open Data Maturity 2023, overall, 2023; in 2023:/
		);
	});
});

describe('year spans', () => {
	it('name a single edition once', () => {
		expect(yearSpan(2023, 2023)).toBe('2023');
		expect(yearSpan(2003, 2024)).toBe('2003–2024');
	});
});
