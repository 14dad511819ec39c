import { describe, expect, it } from 'vitest';
import { codeLabel } from '$lib/charts/strategy-codes';
import { describeLaunches } from '$lib/charts/strategy-marks';
import { describeMatrix, type MatrixRow } from '$lib/charts/strategy-matrix';
import {
	describeTimeline,
	periodOf,
	statusOf,
	type StrategyRow
} from '$lib/charts/strategy-timeline';
import { agreementNote, type AgreementRow } from '$lib/data/agreement';
import {
	analysisEmpty,
	analysisSource,
	eventCaveats,
	sinceCaveats
} from '$lib/data/analysis-notes';
import { analysisPoints } from '$lib/data/analysis-points';
import { levelsOf } from '$lib/data/analysis-scale';
import { groupFeatures } from '$lib/data/codebook-groups';
import { definitionIn, ruleIn } from '$lib/data/codebook-text';
import type { EventEffect } from '$lib/data/event-effect';
import { measureCaveat, measureLabel } from '$lib/data/event-measure';
import { eventStrategies } from '$lib/data/event-strategies';
import { eventVerdict } from '$lib/data/event-verdict';
import { featureName, kindName, subgroupName } from '$lib/data/research-names';
import { signed } from '$lib/data/signed';
import { LOCALES, type Locale } from '$lib/i18n/locales';
import type { EventPathRow } from '$lib/queries/event-paths';
import { describeChoice } from '$lib/state/strategies-state';

/*
 * Every text builder of /strategies and /analysis that takes a locale: English exactly as before
 * (other tests assert it too), and each other language different, without the English sentence's
 * telling words.
 */

const OTHERS = LOCALES.filter((l) => l !== 'en');

/** English is `english`; no other language repeats the words `telling`. */
function inEveryLanguage(say: (locale: Locale) => string, english: string, telling: RegExp) {
	expect(say('en')).toBe(english);
	for (const locale of OTHERS) {
		const text = say(locale);
		expect(text, locale).not.toBe(english);
		expect(text, locale).not.toMatch(telling);
	}
}

const strategy = (over: Partial<StrategyRow> = {}): StrategyRow => ({
	strategy_id: 'deu-2017-ozg',
	country: 'DEU',
	name: 'Germany',
	title_en: 'Online Access Act',
	title_original: 'Onlinezugangsgesetz',
	kind: 'law',
	start_year: 2017,
	end_year: null,
	lead_body: null,
	legal_basis: null,
	summary: 'Summary.',
	sources: null,
	scope: 'regional',
	coding_status: 'text unavailable',
	note: null,
	language: 'de',
	start_month: null,
	document_publisher: null,
	document_title: null,
	document_date: null,
	document_url: null,
	secondary_sources: null,
	n_codes: 0,
	n_nonzero: 0,
	n_inferred: 0,
	...over
});

const cell = (feature_id: string, code: string | null, over: Partial<MatrixRow> = {}) =>
	({
		country: 'EST',
		name: 'Estonia',
		strategy_id: 'est-2022-x',
		title_en: 'Framework',
		kind: 'programme',
		start_year: 2022,
		end_year: null,
		n_codes: 13,
		feature_id,
		feature_label: feature_id,
		scale: feature_id === 'coordination_model' ? 'coordination' : 'ordinal',
		code,
		confidence: 'inferred',
		...over
	}) as MatrixRow;

const effect = (over: Partial<EventEffect>): EventEffect => ({
	scale: 'ordinal',
	n: 20,
	countries: 5,
	varying: 3,
	groups: [],
	difference: null,
	rho: null,
	spread: null,
	...over
});

describe('the strategies page’s texts', () => {
	it('name the choice of strategy', () => {
		inEveryLanguage(
			(l) => describeChoice({ by: 'year', year: 2012 }, undefined, l),
			'the most recent coded strategy launched by 2012',
			/most recent|launched by/
		);
		inEveryLanguage(
			(l) => describeChoice({ by: 'strategy', id: 'x' }, () => 'OZG', l),
			'OZG for its country and the most recent coded strategy for the others',
			/for its country|for the others/
		);
	});

	it('name the codes, features and kinds', () => {
		inEveryLanguage((l) => codeLabel('3', l), 'Legally binding', /Legally|binding/);
		inEveryLanguage((l) => codeLabel(null, l), 'Not coded', /Not coded/);
		inEveryLanguage(
			(l) => featureName('once_only', 'Once-only principle', l),
			'Once-only principle',
			/principle/
		);
		inEveryLanguage((l) => kindName('agreement', l), 'agreement', /agreement/);
		expect(featureName('a_new_feature', 'A new feature', 'de')).toBe('A new feature');
		expect(featureName('eid', 'Electronic identification (eID)', 'fr')).toBe(
			'Identification électronique (eID)'
		);
	});

	it('describe the matrix and the timeline', () => {
		const spec = (locale: Locale) => ({
			countries: [
				{ country: 'EST', name: 'Estonia' },
				{ country: 'LVA', name: 'Latvia' }
			],
			features: [{ feature_id: 'coordination_model', label: 'Coordination model' }],
			choice: describeChoice({ by: 'latest' }, undefined, locale),
			locale
		});
		inEveryLanguage(
			(l) => describeMatrix([cell('coordination_model', 'N')], spec(l)),
			'Coded features; each row shows the most recent coded strategy. Estonia, Framework (2022): coordination N, 0 features legally binding, 0 operationalised, 1 codes inferred; Latvia: no coded strategy.',
			/Coded features|each row shows|legally binding|no coded strategy/
		);
		const rows = [strategy(), strategy({ strategy_id: 'b', kind: 'strategy', scope: 'national' })];
		const timeline = (locale: Locale) => ({
			countries: [{ country: 'DEU', name: 'Germany' }],
			present: 2026,
			locale
		});
		inEveryLanguage(
			(l) => describeTimeline(rows, timeline(l)),
			'2 strategies, laws, programmes, agreements and institutions of 1 countries, 2017–2026, 1 of them laws; Germany has the most (2); 2 whose text is unavailable (outlined), 1 regional (marked R).',
			/strategies, laws|has the most|unavailable|regional \(marked/
		);
		inEveryLanguage((l) => periodOf(strategy(), l), '2017–in force', /in force/);
		inEveryLanguage(
			(l) => statusOf(strategy(), l),
			'regional, text unavailable',
			/text unavailable/
		);
	});

	it('say what the agreement table lacks, and group the codebook', () => {
		const total = {
			feature_id: 'all features',
			n: 10,
			awaiting_second_coding: 'GBR',
			second_coded: 'DEU EST'
		} as AgreementRow;
		inEveryLanguage(
			(l) => agreementNote([total], l) as string,
			'No second coding yet for GBR; the figures cover DEU, EST.',
			/second coding|figures cover/
		);
		inEveryLanguage(
			(l) =>
				groupFeatures([{ feature_id: 'eid', group: 'design' } as never], [], l)
					.map((g) => `${g.label}: ${g.about}`)
					.join(),
			'Design: what the strategy sets out to build',
			/Design|sets out to build/
		);
	});

	it('translate the codebook while its English is the one translated', () => {
		const once = {
			feature_id: 'once_only',
			definition:
				'Citizens and businesses supply a given piece of information to the administration only once; public bodies reuse data they already hold, typically through base registries and unique identifiers.',
			not_counted: ''
		};
		inEveryLanguage((l) => definitionIn(once, l), once.definition, /Citizens|public bodies|reuse/);
		const changed = { ...once, definition: 'A newer definition.' };
		expect(definitionIn(changed, 'fr')).toBe('A newer definition.');
		const rule = {
			feature_id: 'eid',
			code: '1',
			rule: 'A national eID is an aim.',
			example: ''
		};
		inEveryLanguage((l) => ruleIn(rule, l), rule.rule, /is an aim/);
		expect(ruleIn({ ...rule, code: '9' }, 'de')).toBe(rule.rule);
		inEveryLanguage((l) => subgroupName('vertical', l), 'vertical', /^vertical$/);
		expect(subgroupName('new_group')).toBe('new group');
	});

	it('describe the launches on benchmark lines', () => {
		inEveryLanguage(
			(l) => describeLaunches([], 3, l),
			'Marked: 0 strategy launches and laws on the lines; 3 fall outside the years shown.',
			/Marked|launches|fall outside/
		);
	});
});

describe('the analysis page’s texts', () => {
	const meta = { source_id: 'un_egdi', unit: 'index', scale_max: 1, label: 'EGDI' };

	it('name the measures and their caveats', () => {
		inEveryLanguage(
			(l) => measureLabel('rank', meta, l),
			'places gained in the EGDI ranking',
			/places gained|ranking/
		);
		inEveryLanguage(
			(l) => measureCaveat('gap', meta, l) as string,
			'Gap = the value minus the mean of the EU27 members assessed in that edition; a rising gap is progress relative to the EU.',
			/the value minus|rising gap/
		);
		inEveryLanguage(
			(l) =>
				levelsOf('coordination', l)
					.map((x) => x.label)
					.join(', '),
			'0 not stated, C centralised, N networked, D decentralised',
			/not stated|centralised|networked/
		);
	});

	it('give the verdict in words and numbers of the language', () => {
		const tested = { value: 1.25, p: 0.012, exact: false, arrangements: 10_000 };
		const clear = effect({
			difference: { ...tested, interval: { low: 0.5, high: 2.25, used: 2000, drawn: 2000 } }
		});
		inEveryLanguage(
			(l) => eventVerdict(clear, (v) => signed(v, 1, l), undefined, l),
			'Strategies coded 2–3 were followed by more progress than those coded 0–1 (+1.3, 95% interval +0.5 to +2.3; p = 0.012, n = 20 in 5 countries). An association within countries, not an effect of the strategies.',
			/followed by|more progress|association within|countries\)/
		);
		expect(eventVerdict(clear, (v) => signed(v, 1, 'de'), undefined, 'de')).toContain('+1,3');
		inEveryLanguage(
			(l) => eventVerdict(effect({ n: 1, countries: 1 }), String, undefined, l),
			'Only 1 strategy in 1 country could be measured: too few to say anything.',
			/could be measured|too few/
		);
	});

	it('say why a strategy or a country cannot be measured', () => {
		const path = {
			strategy_id: 'a',
			country: 'AAA',
			name: 'A',
			title_en: 'A',
			kind: 'strategy',
			launch: 2015,
			code: '1',
			confidence: 'stated',
			evidence: null,
			evidence_en: null,
			locator: null,
			year: 2016,
			t: 1,
			value: 1,
			base_year: null,
			base_value: null,
			change: null,
			crosses_break: false
		} as EventPathRow;
		inEveryLanguage(
			(l) => eventStrategies([path], { before: 4, after: 4 }, l)[0]?.note as string,
			'No edition in the 4 years up to the launch (2015).',
			/No edition|up to the launch/
		);
		const code = {
			country: 'AAA',
			name: 'A',
			strategy_id: 'a',
			title_en: 'A',
			start_year: 2015,
			end_year: null,
			code: '1',
			confidence: 'stated'
		};
		const points = (l: Locale) =>
			analysisPoints([code as never], [], { choice: 'first', locale: l });
		inEveryLanguage(
			(l) => points(l)[0]?.note as string,
			'Not assessed by this benchmark.',
			/Not assessed|by this/
		);
		inEveryLanguage(
			(l) => analysisEmpty(0, points(l), 'EGDI', {}, l) as string,
			'None of the 1 countries with a coded strategy is assessed by the EGDI. Choose another benchmark.',
			/None of the|is assessed|Choose another/
		);
	});

	it('write the caveats and the source line', () => {
		inEveryLanguage(
			(l) => sinceCaveats('rank', l).join(' '),
			"Change = the value at the last edition up to the strategy's end year (the latest edition while it runs) minus the value at the first edition from its start year; with a fixed window, the same within the window. Only national strategies coded from their text count; institutions are left out. For a rank, a fall (negative change) is an improvement.",
			/last edition|fixed window|is an improvement/
		);
		inEveryLanguage(
			(l) => eventCaveats({ caveat: null, effect: { n: 7 } }, { caveat: null }, l)[0] as string,
			'Each line is one coded national strategy (n = 7 measured): the benchmark at each edition minus its value at the last edition at or before the launch. The thick lines are the median per level of the code, with how many strategies each point rests on. Associations within countries, not effects: strategies overlap and benchmarks change method.',
			/Each line|thick lines|not effects/
		);
		inEveryLanguage(
			(l) =>
				analysisSource({ family: 'UN E-Government Survey', source_id: 'un' }, { un: 'UN DESA' }, l),
			"Sources: strategy coding from the dashboard's strategies dataset (strategy_features.parquet); UN E-Government Survey (UN DESA).",
			/Sources:|strategy coding/
		);
	});
});
