import { describe, expect, it } from 'vitest';
import { exploreBar } from '$lib/charts/explore-bar';
import { exploreCharts } from '$lib/charts/explore-charts';
import { exploreDots } from '$lib/charts/explore-dots';
import type { FacetSpec } from '$lib/charts/explore-format';
import { exploreLine } from '$lib/charts/explore-line';
import { exploreSlope } from '$lib/charts/explore-slope';
import { renderSvg } from '$lib/server/render-svg';
import { CITIZENS, EGDI, EGOV, only, RANKS, RAW, TARGET } from './explore-fixture';
import { expectSnapshot } from './snapshot';

const spec = (meta: FacetSpec['meta'], more: Partial<FacetSpec> = {}): FacetSpec => ({
	meta,
	norm: 'raw',
	refs: ['eu'],
	target: null,
	...more
});

describe('explorer line chart', () => {
	const options = exploreLine(only('eu_egov.overall'), spec(EGOV));
	const svg = renderSvg(options);

	it('draws each country and the EU27, rings the break and labels the axes with units', () => {
		expectSnapshot('explore-line', svg);
		for (const text of [
			'Estonia',
			'Germany',
			'Denmark',
			'EU27 average',
			'Overall score (score (0–100))',
			'Edition (year)'
		])
			expect(svg).toContain(text);
		expect(svg).toContain('Estonia 2020: 91.6 (series break)');
		expect(svg.match(/r="6.5"/g)).toHaveLength(4);
	});

	it('describes the latest values in a sentence', () => {
		expect(options.ariaDescription).toBe(
			'Overall score (score (0–100)), 2019–2023; in 2023: Estonia 92.0, Denmark 85.3, Germany 65.7; EU27 average 75.8.'
		);
	});

	it('leaves the EU27 out when its reference is off', () => {
		const off = renderSvg(exploreLine(only('eu_egov.overall'), spec(EGOV, { refs: [] })));
		expect(off).not.toContain('EU27 average');
	});

	it('draws the target line with its year, in raw values and as 0 in the gap view', () => {
		const raw = renderSvg(
			exploreLine(
				only(CITIZENS.indicator_id),
				spec(CITIZENS, { refs: ['eu', 'target'], target: TARGET })
			)
		);
		expect(raw).toContain('Target 2030: 100');
		const gapRows = only(CITIZENS.indicator_id).map((r) => ({ ...r, value: 100 - r.raw }));
		const gap = exploreLine(
			gapRows,
			spec(CITIZENS, { norm: 'gap', refs: ['target'], target: TARGET })
		);
		expect(renderSvg(gap)).toContain('Target reached (2030 target)');
		expect(gap.y?.label).toBe(
			'Digital public services for citizens, gap to target (target − value, score (0–100))'
		);
	});

	it('puts rank 1 at the top and the EU27 at 100 on the index', () => {
		expect(
			exploreLine(
				RANKS.filter((r) => r.indicator_id === 'un_egdi.egdi'),
				spec(EGDI, { norm: 'rank' })
			).y?.reverse
		).toBe(true);
		const rows = only('eu_egov.overall');
		const eu = new Map(rows.filter((r) => r.role !== 'country').map((r) => [r.year, r.raw]));
		const index = rows
			.filter((r) => eu.has(r.year))
			.map((r) => ({ ...r, value: (r.raw / (eu.get(r.year) as number)) * 100 }));
		expectSnapshot(
			'explore-line-index',
			renderSvg(exploreLine(index, spec(EGOV, { norm: 'index' })))
		);
	});
});

describe('explorer line chart with many countries', () => {
	// The EU27: Germany lowest, Sweden highest, so neither extreme is among the rest.
	const EU27 =
		'AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD POL PRT ROU SVK SVN ESP SWE';
	const codes = EU27.split(' ');
	const rows = codes.flatMap((country, i) =>
		[2020, 2024].map((year) => {
			const value = country === 'DEU' ? 0.1 : country === 'SWE' ? 0.95 : 0.3 + i / 60;
			return {
				indicator_id: 'un_egdi.egdi',
				country,
				name: `Land ${country}`,
				year,
				value: year === 2020 ? value - 0.05 : value,
				raw: value,
				flag: null,
				role: 'country' as const,
				n: null
			};
		})
	);
	const labels = (svg: string) =>
		[...svg.matchAll(/>Land (\w{3})<\/text>/g)].map((m) => m[1]).sort();

	it('colours and names the five (four in the EU27), and draws the other 23 thin and grey', () => {
		const svg = renderSvg(exploreLine(rows, spec(EGDI, { refs: [] })));
		expectSnapshot('explore-line-eu27', svg);
		expect(labels(svg)).toEqual(['BEL', 'DEU', 'DNK', 'EST']);
		expect(svg.match(/<path[^>]*stroke="var\(--chart-context, #b8b8b8\)"/g)).toHaveLength(23);
		expect(svg).toContain('stroke="var(--country-deu, #E69F00)"');
		expect(svg).not.toContain('Land SWE<');
	});

	it('colours and names the focus the reader chose instead, each in its own colour', () => {
		const svg = renderSvg(
			exploreLine(rows, spec(EGDI, { refs: [], focus: ['SWE', 'FIN', 'PRT'] }))
		);
		expect(labels(svg)).toEqual(['FIN', 'PRT', 'SWE']);
		const colours = [...svg.matchAll(/<text fill="([^"]+)"[^>]*>Land/g)].map((m) => m[1]);
		expect(new Set(colours).size).toBe(3);
		expect(colours).not.toContain('var(--chart-context, #b8b8b8)');
	});

	it('names every line up to eight, and has a pointer tip for every chart', () => {
		const eight = rows.filter((r) => codes.indexOf(r.country) < 8);
		const svg = renderSvg(exploreLine(eight, spec(EGDI, { refs: [] })));
		expect(labels(svg)).toHaveLength(8);
		expect(svg).not.toContain('--chart-context');
		expect(svg).toContain('aria-label="tip"');
		expect(svg).toContain('class="pointed-line"');
	});
});

describe('explorer bar chart', () => {
	const options = exploreBar(only('eu_egov.overall'), spec(EGOV));
	const svg = renderSvg(options);

	it('draws ranks as dots on a line from first place, not bars from 0 that grow with worse rank', () => {
		const ranks = RANKS.filter((r) => r.indicator_id === 'un_egdi.egdi' && r.role === 'country');
		const o = exploreBar(ranks, spec(EGDI, { norm: 'rank' }));
		expect(o.x).toMatchObject({ domain: [1, 12], ticks: [1, 5, 10], inset: 8 });
		const drawn = renderSvg(o);
		expect(drawn).not.toMatch(/aria-label="bar"/);
		expect(drawn.match(/<circle/g)).toHaveLength(3);
		// No rule at 0: the axis starts at 1, and a rule at 0 would fall on the country names.
		for (const m of drawn.matchAll(/<line[^>]*x1="([\d.]+)"/g))
			expect(Number(m[1])).toBeGreaterThanOrEqual(150);
	});

	it('draws the latest year, best first, with values and the EU27 rule', () => {
		expectSnapshot('explore-bar', svg);
		expect(svg).toContain('EU27 average 75.8');
		expect(svg).toContain('>92.0<');
		expect(options.y?.domain).toEqual(['Estonia', 'Denmark', 'Germany']);
		expect(options.ariaDescription).toBe(
			'Overall score (score (0–100)) in 2023: Estonia 92.0, Denmark 85.3, Germany 65.7; EU27 average 75.8.'
		);
	});

	it('puts the smallest gap to the target first', () => {
		const gap = only(CITIZENS.indicator_id).map((r) => ({ ...r, value: 100 - r.raw }));
		const options = exploreBar(
			gap,
			spec(CITIZENS, { norm: 'gap', refs: ['target'], target: TARGET })
		);
		expect(options.y?.domain).toEqual(['Estonia', 'Denmark', 'Germany']);
		expect(renderSvg(options)).toContain('Target reached (2030 target)');
	});

	it('labels a negative bar left of its end, outside the bar, with room for it', () => {
		const below = only(CITIZENS.indicator_id).map((r) => ({ ...r, value: r.raw - 100 }));
		const options = exploreBar(below, spec(CITIZENS, { norm: 'gap' }));
		const lo = Math.min(...below.map((r) => r.value));
		expect((options.x?.domain as number[])[0]).toBeLessThan(lo);
		const svg = renderSvg(options);
		const anchors = [...svg.matchAll(/<g[^>]*text-anchor="(start|end)"[^>]*aria-label="text"/g)];
		expect(anchors.map((m) => m[1])).toContain('end');
	});

	it('marks a break in the year drawn', () => {
		const svg2020 = renderSvg(exploreBar(only('eu_egov.overall'), spec(EGOV), 2020));
		expect(svg2020).toContain('91.6 (break)');
	});
});

describe('explorer slope chart', () => {
	it('joins the first and last years, labels both ends and dashes lines across a break', () => {
		const options = exploreSlope(only('eu_egov.overall'), spec(EGOV));
		const svg = renderSvg(options);
		expectSnapshot('explore-slope', svg);
		expect(svg).toContain('Estonia 91.5');
		expect(svg).toContain('Estonia 92.0');
		expect(svg).toContain('stroke-dasharray="1.5,3.5"');
		expect(options.ariaDescription).toContain('Estonia 91.5 → 92.0 (+0.5)');
		expect(options.ariaDescription).toContain('Germany 67.6 → 65.7 (−1.9)');
	});
});

describe('explorer dot plot of ranks', () => {
	const names = ['Denmark', 'Estonia', 'Germany'];
	const options = exploreDots(
		RANKS.filter((r) => r.indicator_id === 'un_egdi.egdi'),
		{ meta: EGDI, eu: true, names }
	);
	const svg = renderSvg(options!);

	it('draws a row per country on an axis from 1 to the countries assessed, with the rank written', () => {
		expectSnapshot('explore-dots', svg);
		for (const text of ['1st of 193', '12th of 193', 'mean 31.4', 'EU27 (mean rank)'])
			expect(svg).toContain(text);
		expect(options?.x?.domain).toEqual([1, 193]);
		expect(options?.x?.label).toBe('Rank among the 193 countries assessed in 2024 (1 = best)');
		expect(options?.ariaDescription).toBe(
			'E-Government Development Index (2024): rank among countries assessed (1 = best). ' +
				'Denmark 1st of 193, Estonia 2nd of 193, Germany 12th of 193; EU27 mean 31.4.'
		);
	});

	it('gives each indicator its own rank axis, so 21st of 35 is not drawn ahead of 12th of 193', () => {
		const facets = exploreCharts(RANKS, {
			chart: 'dots',
			norm: 'rank',
			refs: ['eu'],
			metas: [EGDI, EGOV],
			targets: []
		});
		expect(facets.map((f) => f.label)).toEqual([
			'E-Government Development Index, 2024',
			'Overall score, 2023'
		]);
		expect(facets.map((f) => f.options?.x?.domain)).toEqual([
			[1, 193],
			[1, 35]
		]);
	});

	it('lists only the ranked countries in each panel when many are chosen', () => {
		const many = Array.from({ length: 40 }, (_, i) => ({
			...RANKS[0]!,
			country: `C${i}`,
			name: `Country ${String(i).padStart(2, '0')}`,
			value: i + 1
		}));
		const few = RANKS.filter((r) => r.indicator_id === 'eu_egov.overall' && r.role === 'country');
		const [egdi, egov] = exploreCharts([...many, ...few], {
			chart: 'dots',
			norm: 'rank',
			refs: [],
			metas: [EGDI, EGOV],
			targets: []
		});
		expect(egdi?.options?.y?.domain).toHaveLength(40);
		expect(egov?.options?.y?.domain).toEqual(['Denmark', 'Estonia', 'Germany']);
	});

	it('keeps the row of a country without a rank and says so, instead of dropping it', () => {
		const egov = RANKS.filter((r) => r.indicator_id === 'eu_egov.overall' && r.country !== 'DEU');
		const o = exploreDots(egov, { meta: EGOV, eu: false, names });
		expect(o?.y?.domain).toEqual(names);
		expect(renderSvg(o!)).toContain('no rank in 2023');
		expect(o?.ariaDescription).toMatch(/Estonia 2nd of 35, Denmark 8th of 35; no rank: Germany\.$/);
		expect(exploreDots([], { meta: EGOV, eu: true, names })).toBeNull();
	});
});

describe('explorer small multiples', () => {
	it('draws one panel per indicator, never two units on one axis', () => {
		const facets = exploreCharts(RAW, {
			chart: 'line',
			norm: 'raw',
			refs: ['eu'],
			metas: [EGDI, EGOV],
			targets: []
		});
		expect(facets.map((f) => f.key)).toEqual(['un_egdi.egdi', 'eu_egov.overall']);
		expect(facets.map((f) => f.options?.y?.label)).toEqual([
			'E-Government Development Index (index (0–1))',
			'Overall score (score (0–100))'
		]);
	});

	it('says why a panel is empty', () => {
		const [slope] = exploreCharts(RAW, {
			chart: 'slope',
			norm: 'raw',
			refs: [],
			metas: [CITIZENS],
			targets: []
		});
		expect(slope?.options).toBeNull();
		expect(slope?.empty).toMatch(/only the 2022 edition in the range; a slope needs two/);
		const [none] = exploreCharts([], {
			chart: 'bar',
			norm: 'raw',
			refs: [],
			metas: [EGDI],
			targets: []
		});
		expect(none?.empty).toMatch(/no value/);
		expect(
			exploreCharts(RAW, { chart: 'table', norm: 'raw', refs: [], metas: [EGDI], targets: [] })
		).toEqual([]);
	});
});
