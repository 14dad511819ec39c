import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorMeta } from '$lib/catalog/indicators';
import { exploreView } from '$lib/charts/explore-view';
import type { CountryOption } from '$lib/data/country-groups';
import { exploreRequest } from '$lib/data/explore-request';
import type { ExploreRow } from '$lib/data/explore-rows';
import type { Target } from '$lib/data/gap-to-target';
import { indicatorCatalogQuery } from '$lib/queries/catalog';
import { exploreQuery } from '$lib/queries/explore';
import { exploreCountriesQuery } from '$lib/queries/explore-countries';
import { exploreTargetsQuery } from '$lib/queries/explore-targets';
import { openNodeDb } from '$lib/server/node-db';
import { effectiveNorm, type ExploreState } from '$lib/state/explore-state';

let db: Awaited<ReturnType<typeof openNodeDb>>;
let ctx: { indicators: IndicatorMeta[]; countries: CountryOption[]; targets: Target[] };
beforeAll(async () => {
	db = await openNodeDb('static/data');
	ctx = {
		indicators: (await db.query(indicatorCatalogQuery())) as unknown as IndicatorMeta[],
		countries: (await db.query(exploreCountriesQuery())) as unknown as CountryOption[],
		targets: (await db.query(exploreTargetsQuery())) as unknown as Target[]
	};
});
afterAll(() => db.connection.closeSync());

const BASE: ExploreState = {
	indicator: ['eu_egov.overall'],
	country: [],
	group: 'five',
	time: { from: null, to: null },
	chart: 'line',
	norm: 'raw',
	ref: ['eu'],
	focus: []
};

async function view(state: ExploreState) {
	const hasTarget = (id: string) => ctx.targets.some((t) => t.indicator_id === id);
	const norm = effectiveNorm(state, hasTarget);
	const raw = await db.query(exploreQuery(exploreRequest(state)));
	return exploreView(raw as unknown as ExploreRow[], state, {
		...ctx,
		norm,
		publisherOf: (s) => s
	});
}
const at = (
	rows: { country: string; year: number; value: number }[],
	country: string,
	year: number
) => rows.find((r) => r.country === country && r.year === year)?.value;

describe('explorer view on the data package', () => {
	it('lists rows by indicator as chosen, then country by name, then year', async () => {
		const { rows } = await view({ ...BASE, indicator: ['un_egdi.egdi', 'eu_egov.overall'] });
		const key = (r: (typeof rows)[number]) => [r.indicator_id, r.name, r.year].join('|');
		const firstEgov = rows.findIndex((r) => r.indicator_id === 'eu_egov.overall');
		expect(rows.slice(0, firstEgov).every((r) => r.indicator_id === 'un_egdi.egdi')).toBe(true);
		expect(rows.slice(firstEgov).every((r) => r.indicator_id === 'eu_egov.overall')).toBe(true);
		const egdi = rows.slice(0, firstEgov);
		expect(egdi[0]?.name).toBe('Belgium');
		expect(egdi.findIndex((r) => r.name === 'Denmark')).toBeLessThan(
			egdi.findIndex((r) => r.name === 'Germany')
		);
		expect(egdi.filter((r) => r.name === 'Belgium').map((r) => r.year)).toEqual(
			egdi
				.filter((r) => r.name === 'Belgium')
				.map((r) => r.year)
				.sort((a, b) => a - b)
		);
		expect(new Set(rows.map(key)).size).toBe(rows.length);
	});

	it('shows Estonia at 92.0 in 2023, and 121.4 on the index to the published EU27 average', async () => {
		expect(at((await view(BASE)).rows, 'EST', 2023)).toBeCloseTo(92.0, 1);
		const index = await view({ ...BASE, norm: 'index' });
		expect(at(index.rows, 'EST', 2023)).toBeCloseTo((92.036 / 75.798) * 100, 1);
		expect(at(index.rows, 'EU27', 2023)).toBe(100);
	});

	it('names each chosen country a panel leaves out, in the years that panel shows', async () => {
		const bar = await view({ ...BASE, chart: 'bar', norm: 'index' });
		// Its table and CSV hold what it draws: 2023, not every year fetched.
		expect(new Set(bar.shown.map((r) => r.year))).toEqual(new Set([2023]));
		expect(bar.rows.length).toBeGreaterThan(bar.shown.length);
		expect(bar.frame.caveats[0]).toBe(
			'Overall score: no value in 2023 for United Kingdom, so it is not drawn.'
		);
		// Over the years chosen the UK has values (to 2020): the line chart draws it.
		const line = await view(BASE);
		expect(line.frame.caveats.some((c) => c.includes('not drawn'))).toBe(false);
		expect(line.shown).toEqual(line.rows);
		const eight = await view({
			...BASE,
			group: 'eight',
			chart: 'slope',
			indicator: ['desi2022.dps']
		});
		expect(new Set(eight.shown.map((r) => r.year)).size).toBe(2);
		expect(eight.frame.caveats[0]).toMatch(
			/^DESI digital public services .*: no value in \d{4} or \d{4} for Norway, United Kingdom, so they are not drawn\.$/
		);
	});

	it('says under a two-source chart what the year means for each, and notes the UN breaks', async () => {
		const two = await view({
			...BASE,
			indicator: ['un_egdi.egdi', 'eu_egov.overall'],
			group: 'none',
			country: ['EST']
		});
		expect(two.frame.caveats[0]).toBe(
			'What the year means: UN E-Government Survey, the survey edition (published that year); ' +
				'eGovernment Benchmark, the later of the two data years a biennial average covers ' +
				'(2023 averages 2022 and 2023, published in the 2024 report).'
		);
		expect(two.frame.caveats).toContain(
			'○ Series break in E-Government Development Index, 2008, 2012, 2014, 2018, 2020: the method changed; values before and after are not comparable.'
		);
		const breaks = two.shown.filter((r) => r.country === 'EST' && r.flag === 'break');
		expect(breaks.map((r) => `${r.indicator_id} ${r.year}`)).toEqual([
			'un_egdi.egdi 2008',
			'un_egdi.egdi 2012',
			'un_egdi.egdi 2014',
			'un_egdi.egdi 2018',
			'un_egdi.egdi 2020',
			'eu_egov.overall 2020'
		]);
	});

	it('ranks among every country assessed, and draws the ranks as a dot plot per indicator', async () => {
		const dots = await view({
			...BASE,
			indicator: ['un_egdi.egdi', 'eu_egov.overall'],
			chart: 'dots',
			norm: 'raw'
		});
		expect(
			at(
				dots.rows.filter((r) => r.indicator_id === 'un_egdi.egdi'),
				'DNK',
				2024
			)
		).toBe(1);
		expect(dots.rows.find((r) => r.country === 'DNK' && r.year === 2024)?.n).toBe(193);
		expect(dots.facets.map((f) => f.key)).toEqual(['dots:un_egdi.egdi', 'dots:eu_egov.overall']);
		expect(dots.facets[0]?.options?.ariaDescription).toContain('Denmark 1st of 193');
	});

	it('measures the gap to the Digital Decade target', async () => {
		const gap = await view({
			...BASE,
			indicator: ['desi2022.services_citizens'],
			norm: 'gap',
			ref: ['eu', 'target']
		});
		const est = gap.rows.find((r) => r.country === 'EST');
		expect(est?.value).toBeCloseTo(100 - (est?.raw as number), 10);
		expect(gap.frame.caveats.join(' ')).toMatch(/Digital Decade 2030/);
	});

	it('draws a panel per indicator with its own unit', async () => {
		const two = await view({
			...BASE,
			indicator: ['un_egdi.egdi', 'eu_egov.overall'],
			group: 'eu27',
			norm: 'zscore'
		});
		expect(two.facets.map((f) => f.options?.y?.label)).toEqual([
			'E-Government Development Index, z-score (standard deviations from the mean of countries assessed)',
			'Overall score, z-score (standard deviations from the mean of countries assessed)'
		]);
		expect(new Set(two.rows.filter((r) => r.role === 'country').map((r) => r.country)).size).toBe(
			27
		);
	});
});
