import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCodec, type Codec, type Migration } from '$lib/state/codec';
import { homeCodec } from '$lib/state/home-state';
import { catalogId, codeList, oneOf } from '$lib/state/params';

const COUNTRIES = ['BEL', 'DNK', 'EST', 'DEU', 'GBR', 'FRA', 'KOR', 'USA', 'EU27'];
const INDICATORS = ['un_egdi.egdi', 'un_egdi.osi', 'eu_egov.overall', 'desi2022.dps'];
const isCountry = (c: string) => COUNTRIES.includes(c);
const isIndicator = (id: string) => INDICATORS.includes(id);

interface Synthetic {
	country: string[];
	indicator: string;
	view: 'line' | 'bar' | 'slope';
	group: string[];
}
const synthetic = createCodec<Synthetic>({
	country: codeList('country', isCountry, ['EST', 'DNK']),
	indicator: catalogId('indicator', isIndicator, 'un_egdi.egdi'),
	view: oneOf('view', ['line', 'bar', 'slope'] as const, 'line'),
	group: codeList('group', (g) => ['FIVE', 'TEN', 'EU27'].includes(g), [])
});
const home = homeCodec({ isCountry, isIndicator });

const NASTY = [
	'+',
	'&',
	';',
	'~',
	'%',
	'#',
	'=',
	'?',
	'<script>',
	'</script>',
	'%3Cscript%3E',
	'%',
	'%2',
	'%zz',
	'%25',
	'%2B',
	'%7E',
	'%00',
	'\u0000',
	'\uFFFD',
	'\uD800',
	'é',
	'Ω',
	'𝔘',
	'🇪🇪',
	'\u202E',
	' ',
	'\t',
	'\n',
	'"',
	"'",
	'..',
	'latest',
	'earliest',
	'2003..latest',
	'2022',
	'-0',
	'NaN',
	'Infinity',
	'1e308',
	'9'.repeat(400),
	'-99999999999999999999',
	'0x10',
	'v',
	'embed',
	'country',
	'indicator',
	'view',
	'group',
	'rank',
	'score',
	'bar',
	'BEL',
	'est',
	'EU27',
	'un_egdi.egdi',
	'__proto__',
	'constructor',
	'toString'
];
const piece = fc.oneof(
	{ weight: 4, arbitrary: fc.constantFrom(...NASTY) },
	{ weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
	{ weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) }
);
/** Free-form query strings built of hostile pieces. */
const rawQuery = fc.array(piece, { maxLength: 30 }).map((p) => p.join(''));
/** Well-shaped `key=value` pairs with hostile values and repeated keys. */
const KEYS = ['country', 'indicator', 'view', 'group', 'v', 'embed', 'time', '__proto__', 'x'];
const pairs = fc
	.tuple(
		fc.array(fc.tuple(fc.constantFrom(...KEYS), fc.array(piece, { maxLength: 6 })), {
			maxLength: 8
		}),
		fc.constantFrom('&', ';', '&&')
	)
	.map(([list, separator]) =>
		list.map(([k, v]) => new URLSearchParams([[k, v.join('~')]]).toString()).join(separator)
	);
/** Huge lists: thousands of items, known and unknown. */
const huge = fc
	.tuple(fc.integer({ min: 500, max: 5000 }), fc.constantFrom(...COUNTRIES, 'XXX', '<b>', '%'))
	.map(
		([n, item]) =>
			`country=${Array.from({ length: n }, (_, i) => (i % 3 ? item : COUNTRIES[i % 9])).join('~')}`
	);

// Plain checks in the hot loop: fast-check reports the failing query with the message.
function check(ok: boolean, message: string): void {
	if (!ok) throw new Error(message);
}
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A decoded value is valid when the codec writes and reads it back unchanged, without a word. */
function checkValid<S extends object>(codec: Codec<S>, state: S) {
	const again = codec.decode(codec.encode(state, { full: true }));
	check(again.problems.length === 0, `re-reading ${JSON.stringify(state)}: ${again.problems}`);
	check(same(again.state, state), `full link of ${JSON.stringify(state)} changed it`);
	check(same(codec.decode(codec.encode(state)).state, state), `short link changed it`);
}

function decodesSafely<S extends object>(codec: Codec<S>, query: string, valid: (s: S) => boolean) {
	const { state, problems } = codec.decode(new URLSearchParams(query));
	check(valid(state), `invalid state ${JSON.stringify(state)}`);
	checkValid(codec, state);
	check(problems.length < 40, `${problems.length} problems`);
	check(
		problems.every((p) => p.length < 200),
		'a problem too long to show'
	);
}

const VIEWS = ['line', 'bar', 'slope'];
const checkSynthetic = (s: Synthetic) =>
	s.country.every(isCountry) &&
	new Set(s.country).size === s.country.length &&
	s.country.length <= 60 &&
	isIndicator(s.indicator) &&
	VIEWS.includes(s.view);
const checkHome = (s: { indicator: string; country: string[]; view: string }) =>
	s.country.every(isCountry) && isIndicator(s.indicator) && ['score', 'rank'].includes(s.view);

describe('URL codecs under 100,300 generated query strings', () => {
	it.each([
		['free-form', rawQuery, 50_000],
		['key=value pairs', pairs, 50_000]
	])('never throw and always decode to a valid state: %s', (_name, queries, runs) => {
		fc.assert(
			fc.property(queries, (q) => {
				decodesSafely(synthetic, q, checkSynthetic);
				decodesSafely(home, q, checkHome);
			}),
			{ numRuns: runs as number }
		);
	});

	it('caps huge lists and huge numbers of problems', () => {
		fc.assert(
			fc.property(huge, (q) => {
				decodesSafely(synthetic, q, checkSynthetic);
				decodesSafely(home, q, checkHome);
			}),
			{ numRuns: 300 }
		);
	});

	it('round-trips every valid state: decode(encode(s)) equals s', () => {
		const someCountries = fc.uniqueArray(fc.constantFrom(...COUNTRIES), { maxLength: 9 });
		const state = fc.record({
			country: someCountries,
			indicator: fc.constantFrom(...INDICATORS),
			view: fc.constantFrom('line' as const, 'bar' as const, 'slope' as const),
			group: fc.uniqueArray(fc.constantFrom('FIVE', 'TEN', 'EU27'), { maxLength: 3 })
		});
		fc.assert(
			fc.property(state, fc.boolean(), (s, full) => {
				expect(synthetic.decode(synthetic.encode(s, { full })).state).toEqual(s);
			}),
			{ numRuns: 10_000 }
		);
		const homeState = fc.record({
			indicator: fc.constantFrom(...INDICATORS),
			country: someCountries,
			view: fc.constantFrom('score' as const, 'rank' as const)
		});
		fc.assert(
			fc.property(homeState, fc.boolean(), (s, full) => {
				const query = home.encode(s, { full }).toString();
				expect(home.decode(new URLSearchParams(query))).toEqual({ state: s, problems: [] });
			}),
			{ numRuns: 10_000 }
		);
	});
});

describe('migrations', () => {
	// A synthetic older grammar, only to show the mechanism: v1 wrote `countries=EST,DNK` and
	// `chart=lines`; v2 (2026-01-15, made up for this test) renamed them; v3 (2026-02-01) renamed
	// the view "lines" to "line".
	const migrations: Migration[] = [
		{
			from: 2,
			why: '2026-02-01: the view "lines" became "line" (synthetic)',
			migrate: (q) => {
				const out = new URLSearchParams(q);
				if (out.get('view') === 'lines') out.set('view', 'line');
				return out;
			}
		},
		{
			from: 1,
			why: '2026-01-15: `countries` (comma list) became `country` (~ list), `chart` became `view` (synthetic)',
			migrate: (q) => {
				const out = new URLSearchParams();
				for (const [k, v] of q)
					if (k === 'countries') out.append('country', v.split(',').join('~'));
					else if (k === 'chart') out.append('view', v);
					else out.append(k, v);
				return out;
			}
		}
	];
	const codec = createCodec<Synthetic>(
		{
			country: codeList('country', isCountry, ['EST', 'DNK']),
			indicator: catalogId('indicator', isIndicator, 'un_egdi.egdi'),
			view: oneOf('view', ['line', 'bar', 'slope'] as const, 'line'),
			group: codeList('group', () => true, [])
		},
		migrations
	);
	const decode = (q: string) => codec.decode(new URLSearchParams(q));

	it('translates a link of the oldest grammar through every migration, in order', () => {
		expect(decode('countries=BEL,FRA&chart=lines')).toEqual({
			state: { country: ['BEL', 'FRA'], indicator: 'un_egdi.egdi', view: 'line', group: [] },
			problems: []
		});
	});

	it('applies only the later migrations to a link of a middle grammar', () => {
		expect(decode('v=2&country=KOR&view=lines').state.country).toEqual(['KOR']);
		expect(decode('v=2&countries=KOR').problems).toEqual(['Ignored unknown setting "countries".']);
	});

	it('writes the current version, so new links skip the migrations', () => {
		const state: Synthetic = { country: ['USA'], indicator: 'un_egdi.osi', view: 'bar', group: [] };
		const query = codec.encode(state);
		expect(query.get('v')).toBe('3');
		expect(decode(query.toString())).toEqual({ state, problems: [] });
	});

	it('leaves the version out while no migration exists', () => {
		expect(home.encode(home.defaults, { full: true }).has('v')).toBe(false);
	});
});
