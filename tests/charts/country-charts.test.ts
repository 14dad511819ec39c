import { describe, expect, it } from 'vitest';
import { hexOf, KIND_COLORS, resolveColorVars } from '$lib/catalog/colors';
import { countryHeadlineChart, describeHeadline } from '$lib/charts/country-headline';
import { sparkline } from '$lib/charts/country-sparkline';
import { countryTimelineChart, describeTimeline } from '$lib/charts/country-timeline';
import { kindName } from '$lib/data/research-names';
import type { ProfileRow } from '$lib/queries/country-profile';
import type { StrategyRow } from '$lib/queries/country-strategies';
import { renderSvg } from '$lib/server/render-svg';
import { expectSnapshot } from './snapshot';
import { hasRank } from '$lib/queries/standing';

const egdi: [number, number, number, number][] = [
	[2010, 0.7968, 20, 0.6538],
	[2014, 0.818, 15, 0.7471],
	[2018, 0.8486, 16, 0.8162],
	[2022, 0.9393, 8, 0.8481],
	[2024, 0.9727, 2, 0.8768]
];
const ROWS: ProfileRow[] = egdi.map(([year, value, rank, eu]) => ({
	indicator_id: 'un_egdi.egdi',
	year,
	value,
	flag: null,
	ref_period: null,
	rank,
	n: 193,
	eu27_value: eu,
	eu27_role: 'eu27_mean',
	eu27_n: 27
}));
const SPEC = {
	country: 'EST',
	name: 'Estonia',
	meta: { label: 'E-Government Development Index', unit: 'index (0–1)', family: 'UN' },
	digits: 3
};
const strategy = (
	id: string,
	kind: string,
	start: number,
	end: number | null,
	coded: number
): StrategyRow => ({
	strategy_id: id,
	title_en: `Instrument ${id}`,
	title_original: null,
	kind,
	start_year: start,
	end_year: end,
	lead_body: null,
	summary: 'A summary.',
	coded
});
const STRATEGIES = [
	strategy('a', 'strategy', 1998, 2003, 13),
	strategy('b', 'programme', 2001, null, 2),
	strategy('c', 'law', 2017, null, 0),
	strategy('d', 'strategy', 2021, 2030, 13)
];

describe('country profile charts', () => {
	it('draws a headline panel with the country and the EU27 average labelled', () => {
		const svg = renderSvg(countryHeadlineChart(ROWS, SPEC));
		expect(svg).toContain('>Estonia</text>');
		expect(svg).toContain('>EU27 average</text>');
		expect(svg).toContain('index (0–1)');
		expectSnapshot('country-headline', svg);
	});

	it('cuts the country and EU27 lines at a series break and bridges the cut with dots', () => {
		const broken = ROWS.map((r) => (r.year === 2018 ? { ...r, flag: 'break' } : r));
		const svg = renderSvg(countryHeadlineChart(broken, SPEC));
		expect(svg.match(/stroke-dasharray="1.5,3.5"/g)).toHaveLength(2);
		expect(renderSvg(countryHeadlineChart(ROWS, SPEC))).not.toContain('1.5,3.5');
	});

	it('describes a headline panel with its numbers', () => {
		expect(describeHeadline(ROWS, SPEC)).toBe(
			'Estonia, E-Government Development Index (index (0–1)): 0.797 in 2010, 0.973 in 2024 (EU27 average 0.877); rank 2 of 193.'
		);
	});

	it("marks the country's strategies and laws on its headline lines, not its programmes", () => {
		const launch = (strategy_id: string, kind: string, start_year: number) => ({
			country: 'EST',
			strategy_id,
			title_en: `Instrument ${strategy_id}`,
			kind,
			start_year
		});
		const spec = {
			...SPEC,
			launches: [
				launch('a', 'strategy', 2014),
				launch('b', 'law', 2020),
				launch('c', 'programme', 2016),
				launch('d', 'strategy', 1998) // before the first edition drawn
			]
		};
		const svg = renderSvg(countryHeadlineChart(ROWS, spec));
		expect(svg).toContain('Estonia 2014: Instrument a (strategy)');
		expect(svg).toContain('Estonia 2020: Instrument b (law)');
		expect(svg).not.toContain('Instrument c');
		expect(describeHeadline(ROWS, spec)).toMatch(
			/Marked: 2 strategy launches and laws on the lines; 1 fall outside the years shown\.$/
		);
	});

	it('draws the strategies timeline with kinds in a legend and open ends marked', () => {
		const svg = renderSvg(countryTimelineChart(STRATEGIES, { name: 'Estonia', openEnd: 2030 }));
		expect(svg).toContain('Instrument b (2001– in force) ●');
		expect(svg).toContain('Instrument c (2017– in force)<');
		expect(svg).toContain('institution');
		expectSnapshot('country-timeline', svg);
		expect(describeTimeline(STRATEGIES, { name: 'Estonia', openEnd: 2030 })).toMatch(
			/^Estonia: 4 strategies, laws, programmes and institutions, 3 of them coded: Instrument a \(strategy, 1998–2003\);/
		);
	});

	it('draws both profile charts in the page’s language, names and titles as they are', () => {
		const headline = renderSvg(countryHeadlineChart(ROWS, SPEC, 'de'));
		expect(headline).toContain('Ausgabe');
		expect(headline).toContain('EU27-Durchschnitt');
		expect(headline).not.toMatch(/Edition|EU27 average| for /);
		// Its numbers too: a decimal comma in the description, the axis and the points' titles.
		const description = /aria-description="([^"]*)"/.exec(headline)?.[1] ?? '';
		expect(description).toMatch(/\d,\d{3} im Jahr/);
		expect(description).not.toMatch(/\d\.\d{3} im Jahr/);
		expect(headline).toMatch(/>0,\d+</);
		const timeline = renderSvg(
			countryTimelineChart(STRATEGIES, { name: 'Estonia', openEnd: 2030 }, 'fr')
		);
		expect(timeline).toContain('Instrument b (2001– en vigueur) ●');
		expect(timeline).toContain('Année');
		expect(timeline).not.toMatch(/in force|>Year<|Timeline of/);
		// The legend names the kinds in the language (French 'programme' is spelt 'programme' too,
		// so German shows it).
		const german = renderSvg(
			countryTimelineChart(STRATEGIES, { name: 'Estonia', openEnd: 2030 }, 'de')
		);
		expect(german).toContain(`>${kindName('programme', 'de')}<`);
		expect(german).not.toContain('>programme<');
		expect(describeTimeline(STRATEGIES, { name: 'Estonia', openEnd: 2030 }, 'fr')).toMatch(
			/^Estonia : 4 stratégies, lois, programmes et institutions, dont 3 codés : Instrument a \(/
		);
	});

	it('colours each kind as the strategies page does, in no country’s colour', () => {
		const svg = renderSvg(countryTimelineChart(STRATEGIES, { name: 'Estonia', openEnd: 2030 }));
		const fills = new Set(
			[...svg.matchAll(/<rect[^>]*fill="(#[0-9a-f]{6}|var\([^"]+\))"/gi)].map((m) => m[1])
		);
		for (const kind of ['strategy', 'programme', 'law']) expect(fills).toContain(KIND_COLORS[kind]);
		const countries = ['BEL', 'DNK', 'EST', 'DEU', 'GBR', 'FRA', 'NLD'].flatMap((c) =>
			(['light', 'dark'] as const).map((scheme) => hexOf(c, scheme).toLowerCase())
		);
		for (const colour of Object.values(KIND_COLORS))
			expect(countries).not.toContain(resolveColorVars(colour).toLowerCase());
	});

	it('draws a sparkline from the first to the last edition, up meaning better', () => {
		const line = sparkline(ROWS, { width: 80, height: 18 });
		expect(line?.d).toBe('M2,16L23.7,14.3L45.4,11.9L67.1,4.7L78,2');
		expect(line?.end).toEqual([78, 2]);
		const ranks = sparkline(
			ROWS.filter(hasRank).map((r) => ({ year: r.year, value: r.rank })),
			{ lowerIsBetter: true }
		);
		expect(ranks?.end[1]).toBe(2);
		expect(sparkline(ROWS.slice(0, 1))).toBeNull();
		expect(
			sparkline([
				{ year: 2020, value: 1 },
				{ year: 2022, value: 1 }
			])?.d
		).toBe('M2,9L78,9');
	});
});
