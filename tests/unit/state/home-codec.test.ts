import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { homeCodec, type HomeState } from '$lib/state/home-state';
import corpus from './home-corpus.json';

const KNOWN = new Set(['BEL', 'DNK', 'EST', 'DEU', 'GBR', 'FRA', 'NLD', 'USA', 'KOR']);
const INDICATORS = new Set(['un_egdi.egdi', 'eu_egov.overall']);
const codec = homeCodec({
	isCountry: (c) => KNOWN.has(c),
	isIndicator: (id) => INDICATORS.has(id)
});
const decode = (q: string) => codec.decode(new URLSearchParams(q));

describe('home URL codec', () => {
	it.each([
		[
			{ indicator: 'un_egdi.egdi', country: ['BEL', 'DNK', 'EST', 'DEU', 'GBR'], view: 'score' },
			''
		],
		[
			{ indicator: 'un_egdi.egdi', country: ['BEL', 'DNK', 'EST', 'DEU', 'GBR'], view: 'rank' },
			'view=rank'
		],
		[{ indicator: 'un_egdi.egdi', country: ['EST', 'FRA'], view: 'score' }, 'country=EST~FRA'],
		[{ indicator: 'un_egdi.egdi', country: [], view: 'rank' }, 'country=&view=rank'],
		[
			{ indicator: 'eu_egov.overall', country: ['EST'], view: 'score' },
			'indicator=eu_egov.overall&country=EST'
		]
	] as [HomeState, string][])('encodes %j as "%s" and back', (state, query) => {
		expect(codec.encode(state).toString().replaceAll('%7E', '~')).toBe(query);
		expect(decode(query)).toEqual({ state, problems: [] });
	});

	it('writes every value when asked for a full link, but leaves an unset option out', () => {
		const full = codec.encode(codec.defaults, { full: true });
		expect(full.toString().replaceAll('%7E', '~')).toBe(
			'indicator=un_egdi.egdi&country=BEL~DNK~EST~DEU~GBR&view=score'
		);
		const marked = codec.encode({ ...codec.defaults, marks: 'strategies' }, { full: true });
		expect(marked.get('marks')).toBe('strategies');
	});

	it.each([
		[
			'country=EST~%3Cscript%3Ealert(1)%3C/script%3E',
			['EST'],
			/Ignored country "<SCRIPT>ALERT\(1\)<\/SCRIPT>"/
		],
		['country=EST~XXX', ['EST'], /Ignored country "XXX": not in the data/],
		['country=XXX', ['BEL', 'DNK', 'EST', 'DEU', 'GBR'], /XXX/],
		['country=est~est~;~%25~%2B', ['EST'], /Ignored country "%"/],
		['view=sideways', ['BEL', 'DNK', 'EST', 'DEU', 'GBR'], /Ignored view "sideways"/],
		['view=rank&view=score', ['BEL', 'DNK', 'EST', 'DEU', 'GBR'], /given 2 times/],
		[
			'indicator=un_egdi.egdi%27%3B%20DROP',
			['BEL', 'DNK', 'EST', 'DEU', 'GBR'],
			/Ignored indicator "un_egdi.egdi'; DROP"/
		],
		['colour=red', ['BEL', 'DNK', 'EST', 'DEU', 'GBR'], /unknown setting "colour"/]
	])(
		'falls back on hostile or broken "%s" and says what it dropped',
		(query, countries, problem) => {
			const { state, problems } = decode(query);
			expect(state.country).toEqual(countries);
			expect(problems.join(' ')).toMatch(problem);
		}
	);

	it('caps huge lists', () => {
		const { state, problems } = decode(`country=${Array(5000).fill('EST~XXX').join('~')}`);
		expect(state.country).toEqual(['EST']);
		expect(problems.length).toBeLessThan(100);
	});

	it.each([
		['marks=strategies', 'marks=strategies'],
		['marks=STRATEGIES&view=rank', 'view=rank&marks=strategies']
	])('reads the strategy marks toggle "%s" and writes it as "%s"', (query, written) => {
		const { state, problems } = decode(query);
		expect(problems).toEqual([]);
		expect(state.marks).toBe('strategies');
		expect(codec.encode(state).toString()).toBe(written);
	});

	it('leaves the marks off by default and on a broken value, and says so', () => {
		expect(codec.defaults.marks).toBeUndefined();
		expect(codec.encode({ ...codec.defaults, marks: undefined }).has('marks')).toBe(false);
		const { state, problems } = decode('marks=%3Cscript%3E');
		expect(state.marks).toBeUndefined();
		expect(problems.join(' ')).toMatch(/Ignored marks "<script>": expected strategies/);
	});

	it('decodes every frozen link of the corpus to the same state, forever', () => {
		for (const entry of corpus) expect(decode(entry.query).state, entry.query).toEqual(entry.state);
	});

	it('never throws and round-trips any valid state (property)', () => {
		const state = fc.record({
			indicator: fc.constantFrom(...INDICATORS),
			country: fc.uniqueArray(fc.constantFrom(...KNOWN), { maxLength: 9 }),
			view: fc.constantFrom('score' as const, 'rank' as const)
		});
		fc.assert(
			fc.property(state, (s) => {
				expect(codec.decode(codec.encode(s)).state).toEqual(s);
			}),
			{ numRuns: 2000 }
		);
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (q) => {
				const { state } = decode(q);
				expect(state.country.every((c) => KNOWN.has(c))).toBe(true);
				expect(['score', 'rank']).toContain(state.view);
			}),
			{ numRuns: 5000 }
		);
	});
});
