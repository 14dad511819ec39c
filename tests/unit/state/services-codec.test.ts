import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	EDITIONS,
	LEVELS,
	LIFE_EVENTS,
	MEASURES,
	TYPES,
	lifeEventName,
	servicesCodec,
	type ServicesState
} from '$lib/state/services-state';
import corpus from './services-corpus.json';

const KNOWN = new Set(['BEL', 'DNK', 'EST', 'DEU', 'GBR', 'FRA', 'NLD']);
const codec = servicesCodec((c) => KNOWN.has(c));
const decode = (q: string) => codec.decode(new URLSearchParams(q));
const FIVE = ['BEL', 'DNK', 'EST', 'DEU', 'GBR'];

describe('/services URL codec', () => {
	it('writes nothing for the defaults: the five, business start-up, the 2024 edition', () => {
		expect(codec.encode(codec.defaults).toString()).toBe('');
		expect(codec.defaults).toMatchObject({
			country: FIVE,
			event: 'business-start-up',
			edition: '2024'
		});
	});

	it.each([
		[{ event: 'justice' }, 'event=justice'],
		[{ country: ['NLD'], level: 'regional' }, 'country=NLD&level=regional'],
		[
			{ edition: '2021', type: 'informational', measure: 'providers' },
			'edition=2021&type=informational&measure=providers'
		]
	] as [Partial<ServicesState>, string][])('encodes %j as "%s" and back', (change, query) => {
		const state = { ...codec.defaults, ...change };
		expect(codec.encode(state).toString().replaceAll('%7E', '~')).toBe(query);
		expect(decode(query)).toEqual({ state, problems: [] });
	});

	it.each([
		['event=%3Cscript%3E', /Ignored life event "<script>"/],
		['edition=2019', /Ignored edition "2019"/],
		['level=federal', /Ignored level "federal"/],
		["type=x'%3B%20DROP%20TABLE", /Ignored type "x'; DROP TABLE"/],
		['measure=%2B%26%3B~%25', /Ignored measure/],
		['country=EST~XXX', /Ignored country "XXX"/],
		['tab=grid', /unknown setting "tab"/]
	])('falls back on hostile or broken "%s" and says so', (query, problem) => {
		const { state, problems } = decode(query);
		expect(problems.join(' ')).toMatch(problem);
		expect(EDITIONS).toContain(state.edition);
		expect(LEVELS).toContain(state.level);
		expect(TYPES).toContain(state.type);
		expect(MEASURES).toContain(state.measure);
	});

	it('decodes any query without throwing, to a valid state', () => {
		fc.assert(
			fc.property(fc.string(), fc.string(), (key, value) => {
				const { state } = codec.decode(new URLSearchParams([[key, value]]));
				expect(LIFE_EVENTS.map((e) => e.slug)).toContain(state.event);
				expect(state.country.every((c) => KNOWN.has(c))).toBe(true);
			})
		);
	});

	it('maps each life event to the name the workbooks use', () => {
		expect(lifeEventName('economic')).toBe('Economic');
		expect(LIFE_EVENTS.map((e) => e.name)).toHaveLength(9);
	});

	it.each(corpus)('keeps the frozen link "$query" working', ({ query, state }) => {
		expect(decode(query)).toEqual({ state, problems: [] });
		expect(
			codec
				.encode(state as ServicesState)
				.toString()
				.replaceAll('%7E', '~')
		).toBe(query);
	});
});
