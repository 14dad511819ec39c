import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	describeChoice,
	parseCell,
	strategiesCodec,
	type StrategiesState
} from '$lib/state/strategies-state';
import corpus from './strategies-corpus.json';

const FIVE = ['BEL', 'DNK', 'EST', 'DEU', 'GBR'];
const STRATEGIES = new Set([
	'deu-2017-online-access-act',
	'est-2001-x-road',
	'gbr-2012-government-digital-strategy',
	'fra-2019-tech-gouv'
]);
const FEATURES = new Set(['coordination_model', 'once_only', 'eid']);
const codec = strategiesCodec({
	countries: FIVE,
	isStrategy: (id) => STRATEGIES.has(id),
	isFeature: (id) => FEATURES.has(id)
});
const decode = (q: string) => codec.decode(new URLSearchParams(q));
const query = (s: StrategiesState) => codec.encode(s).toString();

describe('strategies URL codec', () => {
	it.each([
		[{ pick: { by: 'latest' } }, ''],
		[{ pick: { by: 'first' } }, 'pick=first'],
		[{ pick: { by: 'year', year: 2010 } }, 'pick=2010'],
		[{ pick: { by: 'strategy', id: 'est-2001-x-road' } }, 'pick=est-2001-x-road'],
		[{ pick: { by: 'latest' }, cell: 'DEU.once_only' }, 'cell=DEU.once_only'],
		[
			{ pick: { by: 'first' }, cell: 'EST.eid', strategy: 'fra-2019-tech-gouv' },
			'pick=first&cell=EST.eid&strategy=fra-2019-tech-gouv'
		]
	] as [StrategiesState, string][])('encodes %j as "%s" and back', (state, q) => {
		expect(query(state)).toBe(q);
		expect(decode(q)).toEqual({ state, problems: [] });
	});

	it('writes the choice when asked for a full link, and reads that link back', () => {
		const full = codec.encode(codec.defaults, { full: true });
		expect(full.get('pick')).toBe('latest');
		expect(decode(full.toString())).toEqual({ state: codec.defaults, problems: [] });
	});

	it.each([
		['pick=%3Cscript%3E', /Ignored pick "<script>"/],
		['pick=1850', /Ignored pick "1850"/],
		['pick=deu-2099-not-in-the-data', /Ignored pick "deu-2099-not-in-the-data"/],
		['cell=DEU.once_only%27%3B%20DROP', /Ignored cell "DEU.once_only'; DROP"/],
		['cell=FRA.once_only', /Ignored cell "FRA.once_only"/],
		['cell=DEU.unknown', /Ignored cell "DEU.unknown"/],
		['cell=DEU', /Ignored cell "DEU"/],
		['strategy=~%25%2B%26', /Ignored strategy "~%\+&"/],
		['pick=first&pick=2010', /given 2 times/],
		['colour=red', /unknown setting "colour"/]
	])('falls back on hostile or broken "%s" and says what it dropped', (q, problem) => {
		const { state, problems } = decode(q);
		expect(problems.join(' ')).toMatch(problem);
		if (!q.startsWith('pick=first')) expect(state.pick.by).not.toBe('first');
		expect(state.cell === undefined || FIVE.includes(parseCell(state.cell).country)).toBe(true);
	});

	it('decodes every frozen link of the corpus to the same state, forever', () => {
		for (const entry of corpus) expect(decode(entry.query).state, entry.query).toEqual(entry.state);
	});

	it('splits a cell into country and feature', () => {
		expect(parseCell('DEU.once_only')).toEqual({ country: 'DEU', feature: 'once_only' });
	});

	it('says what the rows show', () => {
		expect(describeChoice({ by: 'first' })).toBe('the first coded strategy');
		expect(describeChoice({ by: 'year', year: 2012 })).toMatch(/launched by 2012/);
		expect(describeChoice({ by: 'strategy', id: 'x' }, () => 'The Act')).toMatch(/^The Act/);
	});

	it('never throws and round-trips any valid state (property)', () => {
		const pick = fc.oneof(
			fc.constant({ by: 'first' as const }),
			fc.constant({ by: 'latest' as const }),
			fc.integer({ min: 1950, max: 2100 }).map((year) => ({ by: 'year' as const, year })),
			fc.constantFrom(...STRATEGIES).map((id) => ({ by: 'strategy' as const, id }))
		);
		const cell = fc.option(
			fc.tuple(fc.constantFrom(...FIVE), fc.constantFrom(...FEATURES)).map(([c, f]) => `${c}.${f}`),
			{ nil: undefined }
		);
		const strategy = fc.option(fc.constantFrom(...STRATEGIES), { nil: undefined });
		fc.assert(
			fc.property(fc.record({ pick, cell, strategy }), (s) => {
				expect(codec.decode(codec.encode(s)).state).toEqual(s);
			}),
			{ numRuns: 2000 }
		);
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (q) => {
				const { state } = decode(q);
				expect(['first', 'latest', 'year', 'strategy']).toContain(state.pick.by);
				if (state.strategy !== undefined) expect(STRATEGIES.has(state.strategy)).toBe(true);
			}),
			{ numRuns: 5000 }
		);
	});
});
