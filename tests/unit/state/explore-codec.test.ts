import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	CHARTS,
	exploreCodec,
	GROUPS,
	NORMS,
	REFS,
	type ExploreState
} from '$lib/state/explore-state';
import corpus from './explore-corpus.json';

const KNOWN = new Set(['BEL', 'DNK', 'EST', 'DEU', 'GBR', 'FRA', 'NLD', 'USA', 'KOR']);
const INDICATORS = new Set(['un_egdi.egdi', 'eu_egov.overall', 'desi2022.services_citizens']);
const TARGETS = new Set(['desi2022.services_citizens']);
const codec = exploreCodec({
	isCountry: (c) => KNOWN.has(c),
	isIndicator: (id) => INDICATORS.has(id),
	hasTarget: (id) => TARGETS.has(id)
});
const decode = (q: string) => codec.decode(new URLSearchParams(q));
const D = codec.defaults;
const toQueryString = (p: URLSearchParams) => p.toString().replaceAll('%7E', '~');

describe('explorer URL codec', () => {
	it('has the default chart: EGDI, the five, every year, line, raw, EU27 reference', () => {
		expect(D).toEqual({
			indicator: ['un_egdi.egdi'],
			country: [],
			group: 'five',
			time: { from: null, to: null },
			chart: 'line',
			norm: 'raw',
			ref: ['eu'],
			focus: []
		});
	});

	it.each([
		[D, ''],
		[{ ...D, chart: 'bar' }, 'chart=bar'],
		[
			{
				...D,
				indicator: ['un_egdi.egdi', 'eu_egov.overall'],
				country: ['FRA'],
				time: { from: 2010, to: null }
			},
			'indicator=un_egdi.egdi~eu_egov.overall&country=FRA&time=2010..latest'
		],
		[{ ...D, group: 'none', country: ['BEL', 'DNK'] }, 'country=BEL~DNK&group=none'],
		[
			{ ...D, group: 'eu27', norm: 'zscore', ref: ['eu', 'target'] },
			'group=eu27&norm=zscore&ref=eu~target'
		],
		[{ ...D, time: { from: 2022, to: 2022 }, chart: 'dots', ref: [] }, 'time=2022&chart=dots&ref='],
		[
			{ ...D, indicator: ['desi2022.services_citizens'], norm: 'gap', chart: 'slope' },
			'indicator=desi2022.services_citizens&chart=slope&norm=gap'
		],
		[{ ...D, group: 'all', norm: 'index', chart: 'table' }, 'group=all&chart=table&norm=index'],
		[{ ...D, group: 'eu27', focus: ['DEU', 'FRA'] }, 'group=eu27&focus=DEU~FRA']
	] as [ExploreState, string][])('encodes %j as "%s" and back', (state, query) => {
		expect(toQueryString(codec.encode(state))).toBe(query);
		expect(decode(query)).toEqual({ state, problems: [] });
	});

	it.each([
		[
			'indicator=%3Cscript%3Ealert(1)%3C/script%3E',
			/Ignored indicator "<script>alert\(1\)<\/script>"/
		],
		['country=EST~%2B~%26~%3B~%25~%7E~ZZZ', /Ignored country "%"/],
		['time=2010..%3Cscript%3E', /Ignored time "2010..<script>"/],
		['time=2010+2012', /Ignored time "2010 2012"/],
		['chart=pie', /Ignored chart "pie"/],
		['norm=log', /Ignored norm "log"/],
		['group=%3Bdrop', /Ignored group ";drop"/],
		['ref=eu~%3Cb%3E', /Ignored ref "<b>"/],
		['chart=bar&chart=line', /"chart" was given 2 times/],
		[
			'norm=gap',
			/raw values instead of the gap to target: No policy target is mapped to un_egdi.egdi/
		],
		['color=red&%3Cx%3E=1', /unknown setting "<x>"/],
		['focus=DEU~%3Cscript%3E~%2B~%26~%3B~ZZZ', /Ignored focus "<SCRIPT>"/]
	])('never throws on hostile "%s" and says what it dropped', (query, problem) => {
		const { state, problems } = decode(query);
		expect(problems.join(' ')).toMatch(problem);
		expect(INDICATORS.has(state.indicator[0] as string)).toBe(true);
		expect(state.country.every((c) => KNOWN.has(c))).toBe(true);
		expect(state.focus.every((c) => KNOWN.has(c))).toBe(true);
	});

	it('names indicators in its messages when it knows their names', () => {
		const named = exploreCodec({
			isCountry: (c) => KNOWN.has(c),
			isIndicator: (id) => INDICATORS.has(id),
			hasTarget: (id) => TARGETS.has(id),
			nameOf: (id) => (id === 'un_egdi.egdi' ? 'E-Government Development Index' : id)
		});
		expect(named.decode(new URLSearchParams('norm=gap')).problems).toContain(
			'Showed raw values instead of the gap to target: No policy target is mapped to E-Government Development Index.'
		);
	});

	it('keeps the last of repeated keys', () => {
		expect(decode('chart=bar&chart=slope').state.chart).toBe('slope');
		expect(decode('country=EST&country=FRA').state.country).toEqual(['FRA']);
	});

	it('caps huge lists and their problems', () => {
		const { state, problems } = decode(
			`country=${Array(5000).fill('EST~XXX~FRA').join('~')}&indicator=${Array(5000).fill('zz').join('~')}`
		);
		expect(state.country).toEqual(['EST', 'FRA']);
		expect(state.indicator).toEqual(['un_egdi.egdi']);
		expect(problems.length).toBeLessThan(20);
	});

	it('decodes every frozen link of the corpus to the same state, forever', () => {
		// A setting added since (focus) reads as its default.
		for (const entry of corpus)
			expect(decode(entry.query).state, entry.query).toEqual({ ...D, ...entry.state });
	});

	it('never throws and round-trips any valid state (property)', () => {
		const year = fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: null });
		const state = fc.record({
			indicator: fc.uniqueArray(fc.constantFrom(...INDICATORS), { minLength: 1, maxLength: 3 }),
			country: fc.uniqueArray(fc.constantFrom(...KNOWN), { maxLength: 9 }),
			group: fc.constantFrom(...GROUPS),
			time: fc
				.tuple(year, year)
				.map(([a, b]) =>
					a !== null && b !== null && a > b ? { from: b, to: a } : { from: a, to: b }
				),
			chart: fc.constantFrom(...CHARTS),
			norm: fc.constantFrom(...NORMS.filter((n) => n !== 'gap')),
			ref: fc.subarray([...REFS]),
			focus: fc.uniqueArray(fc.constantFrom(...KNOWN), { maxLength: 6 })
		});
		fc.assert(
			fc.property(state, (s) => {
				expect(decode(toQueryString(codec.encode(s))).state).toEqual(s);
			}),
			{ numRuns: 2000 }
		);
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (q) => {
				const { state } = decode(q);
				expect(state.country.every((c) => KNOWN.has(c))).toBe(true);
				expect(state.focus.every((c) => KNOWN.has(c))).toBe(true);
				expect(state.indicator.length).toBeGreaterThan(0);
				expect(CHARTS).toContain(state.chart);
			}),
			{ numRuns: 5000 }
		);
	});
});
