import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analysisCodec, type AnalysisState } from '$lib/state/analysis-state';
import corpus from './analysis-corpus.json';

const FEATURES = new Set(['coordination_model', 'once_only', 'eid']);
const INDICATORS = new Set(['un_egdi.egdi', 'eu_egov.overall', 'desi2022.dps']);
const codec = analysisCodec({
	isFeature: (id) => FEATURES.has(id),
	isIndicator: (id) => INDICATORS.has(id)
});
const decode = (q: string) => codec.decode(new URLSearchParams(q));
const DEFAULT: AnalysisState = {
	feature: 'coordination_model',
	indicator: 'un_egdi.egdi',
	strategy: 'recent',
	window: undefined,
	measure: undefined,
	before: 4,
	after: 4,
	laws: false
};
/** What the corpus's older entries leave out: parameters added since keep their defaults. */
const ADDED = { window: undefined, measure: undefined, before: 4, after: 4, laws: false };

describe('analysis URL codec', () => {
	it.each([
		[DEFAULT, ''],
		[{ ...DEFAULT, feature: 'once_only' }, 'feature=once_only'],
		[{ ...DEFAULT, strategy: 'first' }, 'strategy=first'],
		[{ ...DEFAULT, window: { from: 2014, to: 2024 } }, 'window=2014..2024'],
		[{ ...DEFAULT, window: { from: 2014, to: null } }, 'window=2014..latest'],
		[{ ...DEFAULT, window: { from: null, to: null } }, 'window=earliest..latest'],
		[
			{
				...DEFAULT,
				feature: 'eid',
				indicator: 'eu_egov.overall',
				strategy: 'first',
				window: { from: 2018, to: 2018 }
			},
			'feature=eid&indicator=eu_egov.overall&strategy=first&window=2018'
		],
		[{ ...DEFAULT, measure: 'gap' }, 'measure=gap'],
		[{ ...DEFAULT, before: 2, after: 8, laws: true }, 'before=2&after=8&laws=1']
	] as [AnalysisState, string][])('encodes %j as "%s" and back', (state, query) => {
		expect(codec.encode(state).toString()).toBe(query);
		expect(decode(query)).toEqual({ state, problems: [] });
	});

	it('writes every value but an absent window when asked for a full link', () => {
		const full = codec.encode(DEFAULT, { full: true });
		expect(full.get('feature')).toBe('coordination_model');
		expect(full.get('strategy')).toBe('recent');
		expect(full.has('window')).toBe(false);
		expect(decode(full.toString()).state).toEqual(DEFAULT);
	});

	it.each([
		['feature=%3Cscript%3E', DEFAULT, /Ignored feature "<script>": not in the data/],
		["indicator=un_egdi.egdi'%3B DROP", DEFAULT, /Ignored indicator "un_egdi.egdi'; DROP"/],
		['strategy=middle', DEFAULT, /Ignored strategy "middle": expected recent or first/],
		['window=2014..soon', DEFAULT, /Ignored window "2014..soon"/],
		['window=1066..2024', DEFAULT, /Ignored window "1066..2024"/],
		['window=2014..2010..2000', DEFAULT, /Ignored window/],
		[
			'window=2024..2014',
			{ ...DEFAULT, window: { from: 2014, to: 2024 } },
			/Swapped window "2024..2014"/
		],
		['feature=eid&feature=once_only', { ...DEFAULT, feature: 'once_only' }, /given 2 times/],
		['colour=red&v=1', DEFAULT, /unknown setting "colour"/],
		['measure=mean', DEFAULT, /Ignored measure "mean": expected score or rank or gap/],
		['after=0', DEFAULT, /Ignored after "0": expected a whole number of years from 1 to 10/],
		['before=2.5', DEFAULT, /Ignored before "2.5"/],
		['laws=maybe', DEFAULT, /Ignored laws "maybe": expected 1 or 0/]
	] as [string, AnalysisState, RegExp][])(
		'falls back on hostile or broken "%s" and says what it dropped',
		(query, state, problem) => {
			const decoded = decode(query);
			expect(decoded.state).toEqual(state);
			expect(decoded.problems.join(' ')).toMatch(problem);
		}
	);

	it('decodes every frozen link of the corpus to the same state, forever', () => {
		for (const entry of corpus)
			expect(decode(entry.query).state, entry.query).toEqual({ ...ADDED, ...entry.state });
	});

	it('never throws and round-trips any valid state (property)', () => {
		const year = fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: null });
		const window = fc.option(
			fc
				.tuple(year, year)
				.map(([a, b]) =>
					a !== null && b !== null && a > b ? { from: b, to: a } : { from: a, to: b }
				),
			{ nil: undefined }
		);
		const state = fc.record({
			feature: fc.constantFrom(...FEATURES),
			indicator: fc.constantFrom(...INDICATORS),
			strategy: fc.constantFrom('recent' as const, 'first' as const),
			window,
			measure: fc.constantFrom(undefined, 'score' as const, 'rank' as const, 'gap' as const),
			before: fc.integer({ min: 1, max: 10 }),
			after: fc.integer({ min: 1, max: 10 }),
			laws: fc.boolean()
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
				expect(FEATURES.has(state.feature)).toBe(true);
				expect(['recent', 'first']).toContain(state.strategy);
			}),
			{ numRuns: 5000 }
		);
	});
});
