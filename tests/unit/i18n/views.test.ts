import { describe, expect, it } from 'vitest';
import { groupNote } from '$lib/catalog/group-notes';
import { RANK_RULE } from '$lib/catalog/indicators';
import { vRankRule } from '$lib/i18n/pages/views';
import { sourceLine } from '../../../src/routes/country/shared.server';
import { describeHeadline } from '$lib/charts/country-headline';
import { yearNote } from '$lib/catalog/year-meaning';
import { undrawnNotes } from '$lib/charts/explore-charts';
import { exploreDots } from '$lib/charts/explore-dots';
import { exploreFrame } from '$lib/charts/explore-frame';
import { exploreLine } from '$lib/charts/explore-line';
import { describeHome, homeChart } from '$lib/charts/home-chart';
import type { SeriesRow } from '$lib/charts/line-chart';
import { selectionText } from '$lib/charts/explore-view';
import { renderSvg } from '$lib/server/render-svg';
import { exploreColumns } from '$lib/components/explore-columns';
import { newsText } from '$lib/a11y/chart-news.svelte';
import { reading } from '$lib/charts/overview-reading';
import { eu27Text } from '$lib/data/country-indicators';
import { ordinalIn, rankSentence } from '$lib/data/country-summary';
import { overviewTable } from '$lib/data/overview-table';
import { benchmarkName } from '$lib/catalog/indicator-text';
import { describeSelection, type CountryOption } from '$lib/data/country-groups';
import type { ExploreState } from '$lib/state/explore-state';
import { EGDI, EGOV, only, RANKS } from '../../charts/explore-fixture';
import seriesRows from '../../fixtures/series-rows.json';

/*
 * The views' texts built in $lib: English exactly as before the translation, and another
 * language's text different and free of the English sentence's words.
 */

/** Every word of `words` is absent from `text` (whole words, any case). */
function lacks(text: string, words: readonly string[]) {
	for (const word of words) expect(text, word).not.toMatch(new RegExp(`\\b${word}\\b`, 'i'));
}

const c = (country: string, flags: Partial<CountryOption> = {}): CountryOption => ({
	country,
	name: country,
	wp6_five: false,
	tropico_ten: false,
	meta_eight: false,
	eu27: false,
	...flags
});
const OPTIONS = [
	c('BEL', { wp6_five: true, tropico_ten: true, eu27: true }),
	c('EST', { wp6_five: true, tropico_ten: true, meta_eight: true, eu27: true }),
	c('FRA', { tropico_ten: true, meta_eight: true, eu27: true }),
	c('KOR')
];

describe('yearNote', () => {
	it('is unchanged in English and translated in German', () => {
		const en = yearNote(['un_egdi.egdi']);
		expect(en).toBe(
			'What the year means: UN E-Government Survey, the survey edition (published that year).'
		);
		expect(yearNote(['un_egdi.egdi'], 'en')).toBe(en);
		const de = yearNote(['un_egdi.egdi'], 'de') as string;
		expect(de).toBe(
			'Was das Jahr bedeutet: UN E-Government Survey, die Ausgabe der Erhebung (in dem Jahr veröffentlicht).'
		);
		lacks(de, ['What', 'means', 'edition', 'published']);
	});
});

describe('groupNote', () => {
	it('is unchanged in English and lists members the language’s way in French', () => {
		expect(groupNote('five', ['Belgium', 'Denmark', 'Estonia'])).toBe(
			'The research programme’s five case-study countries (TROPICO work package 6), one per administrative tradition. Belgium, Denmark and Estonia.'
		);
		const fr = groupNote('five', ['Belgique', 'Danemark', 'Estonie'], 10, 'fr');
		expect(fr).toContain('Belgique, Danemark et Estonie.');
		lacks(fr, ['research', 'countries', 'and', 'one', 'per']);
		expect(groupNote('eu27', Array(27).fill('X'), 10, 'nl')).toMatch(/ 27 landen\.$/);
	});
});

describe('the explorer’s table columns', () => {
	it('keep their English headers and translate them in Danish', () => {
		const en = exploreColumns('rank', [], 'en').map((col) => col.label);
		expect(en).toEqual(
			exploreColumns('rank', []).map((col) => col.label) // the default
		);
		expect(en).toEqual([
			'Indicator (unit)',
			'Country',
			'Year',
			'Rank',
			'Raw value',
			'Countries assessed (EU27: averaged)',
			'Flag'
		]);
		const da = exploreColumns('rank', [], 'da').map((col) => col.label);
		expect(da).not.toEqual(en);
		lacks(da.join(' '), ['Country', 'Year', 'Rank', 'value', 'assessed']);
	});
});

describe('the selection in words', () => {
	it.each([
		{ group: 'five', country: [] },
		{ group: 'five', country: ['KOR', 'EST'] },
		{ group: 'none', country: ['BEL', 'FRA'] },
		{ group: 'none', country: ['BEL', 'EST', 'FRA', 'KOR', 'ITA', 'DNK'] },
		{ group: 'all', country: [] },
		{ group: 'none', country: [] }
	] as Pick<ExploreState, 'group' | 'country'>[])(
		'%j reads as describeSelection in English',
		(s) => {
			expect(selectionText(s, OPTIONS)).toBe(describeSelection(s, OPTIONS));
		}
	);

	it('is translated in Estonian', () => {
		const et = selectionText({ group: 'five', country: ['KOR'] }, OPTIONS, 'et');
		expect(et).toBe('Need viis ja KOR');
		lacks(et, ['The', 'five', 'and']);
		expect(selectionText({ group: 'none', country: [] }, OPTIONS, 'et')).toBe('Riiki pole valitud');
	});
});

const STATE: ExploreState = {
	indicator: ['eu_egov.overall'],
	country: [],
	group: 'five',
	time: { from: null, to: null },
	chart: 'line',
	norm: 'rank',
	ref: ['eu'],
	focus: []
};
const FRAME = {
	norm: 'rank' as const,
	metas: [{ ...EGOV, source_id: EGOV.family, caveat: null }],
	targets: [],
	publisherOf: () => 'European Commission',
	countries: 'The five'
};

describe('the explorer’s frame', () => {
	it('is unchanged in English', () => {
		const frame = exploreFrame(only('eu_egov.overall'), STATE, FRAME);
		expect(exploreFrame(only('eu_egov.overall'), STATE, { ...FRAME, locale: 'en' })).toEqual(frame);
		expect(frame.subtitle).toBe('The five; first edition to latest; rank among countries assessed');
		expect(frame.source).toBe(
			'Source: EU eGovernment Benchmark (European Commission). EU27 average: as published where the source publishes one, otherwise the mean of the member states assessed.'
		);
	});

	it('is translated in German, the data’s names kept', () => {
		const frame = exploreFrame(only('eu_egov.overall'), STATE, { ...FRAME, locale: 'de' });
		expect(frame.title).toBe('Overall score');
		expect(frame.subtitle).toBe(
			'The five; erste Ausgabe bis neueste; Rang unter den bewerteten Ländern'
		);
		expect(frame.source).toMatch(/^Quelle: EU eGovernment Benchmark \(European Commission\)\. /);
		const notes = frame.caveats.join(' ');
		expect(notes).toContain('Reihenbruch in Overall score, 2020');
		lacks(notes.replaceAll('Overall score', '').replaceAll('eGovernment Benchmark', ''), [
			'the',
			'method',
			'changed',
			'rank',
			'countries'
		]);
	});

	it('says which countries a panel leaves out, in French', () => {
		const rows = only('eu_egov.overall');
		const chosen = [{ country: 'XXX', name: 'Nowhere' }];
		expect(undrawnNotes(rows, 'line', [EGOV], chosen)).toEqual([
			'Overall score: no value in the years chosen for Nowhere, so it is not drawn.'
		]);
		const [fr] = undrawnNotes(rows, 'line', [EGOV], chosen, 'fr');
		expect(fr).toBe(
			'Overall score : aucune valeur dans les années choisies pour Nowhere, donc non tracé.'
		);
		lacks(fr!.replace('Overall score', ''), ['no', 'value', 'years', 'chosen', 'drawn']);
	});
});

describe('the explorer’s charts', () => {
	const line = (locale?: 'en' | 'nl') =>
		exploreLine(only('eu_egov.overall'), {
			meta: EGOV,
			norm: 'raw',
			refs: ['eu'],
			target: null,
			locale
		});

	it('describe a line chart in English as before, and in Dutch', () => {
		expect(line().ariaDescription).toBe(
			'Overall score (score (0–100)), 2019–2023; in 2023: Estonia 92.0, Denmark 85.3, Germany 65.7; EU27 average 75.8.'
		);
		expect(renderSvg(line('en'))).toBe(renderSvg(line()));
		const nl = line('nl');
		expect(nl.ariaDescription).toBe(
			'Overall score (score (0–100)), 2019–2023; in 2023: Estonia 92.0, Denmark 85.3, Germany 65.7; EU27-gemiddelde 75.8.'
		);
		expect((nl.x as { label: string }).label).toBe('Editie (jaar)');
	});

	it('write ranks as ordinals in the language', () => {
		const dots = (locale?: 'en' | 'fr') =>
			exploreDots(
				RANKS.filter((r) => r.indicator_id === 'un_egdi.egdi'),
				{ meta: EGDI, eu: true, names: ['Denmark', 'Estonia', 'Germany'], locale }
			)!;
		expect(dots().ariaDescription).toBe(
			'E-Government Development Index (2024): rank among countries assessed (1 = best). ' +
				'Denmark 1st of 193, Estonia 2nd of 193, Germany 12th of 193; EU27 mean 31.4.'
		);
		const fr = dots('fr');
		expect(fr.ariaDescription).toBe(
			'E-Government Development Index (2024) : rang parmi les pays évalués (1 = meilleur). ' +
				'Denmark 1er sur 193, Estonia 2e sur 193, Germany 12e sur 193; UE27 moyenne 31.4.'
		);
		lacks(fr.ariaDescription!.replace('E-Government Development Index', ''), [
			'rank',
			'among',
			'countries',
			'of',
			'mean'
		]);
	});
});

describe('the overview’s chart', () => {
	const series = seriesRows as SeriesRow[];
	const meta = {
		label: 'E-Government Development Index',
		unit: 'index (0–1)',
		scale_min: 0,
		scale_max: 1,
		family: 'UN E-Government Survey'
	};
	const state = { indicator: 'un_egdi.egdi', country: ['DNK', 'EST'], view: 'rank' as const };

	it('is described in English as before, and in Danish', () => {
		expect(describeHome(series, state, meta)).toBe(describeHome(series, state, meta, 'en'));
		expect(describeHome(series, state, meta)).toMatch(
			/^Rank on E-Government Development Index, 2003–2024; in 2024: Estonia 1, Denmark 1\.$/
		);
		const da = describeHome(series, state, meta, 'da');
		expect(da).toMatch(/^Placering på E-Government Development Index, 2003–2024; i 2024: /);
		lacks(da.replace('E-Government Development Index', ''), ['Rank', 'on', 'in']);
	});

	it('draws its axis and EU27 line in the language', () => {
		expect(renderSvg(homeChart(series, state, meta, [], 'en'))).toBe(
			renderSvg(homeChart(series, state, meta))
		);
		const svg = renderSvg(homeChart(series, state, meta, [], 'de'));
		expect(svg).toContain('Rang (1 = bester)');
		expect(svg).toContain('>EU27 (mittlerer Rang)<');
		expect(svg).not.toContain('mean rank');
	});
});

describe('a country profile’s build-time texts', () => {
	it('keep the rank rule of the catalogue in English', () => {
		expect(vRankRule.texts.en).toBe(RANK_RULE);
	});

	it('write the source line in English as before, and in German', () => {
		const metas = [{ source_id: 'un_egdi', family: 'UN E-Government Survey' }];
		const publishers = { un_egdi: 'UN DESA' };
		expect(sourceLine(metas, publishers)).toBe(
			`Sources: UN DESA (UN E-Government Survey). Ranks: ${RANK_RULE}; EU27 average as published where the source publishes one, otherwise the mean of the member states assessed.`
		);
		const de = sourceLine(metas, publishers, 'de');
		expect(de).toMatch(/^Quellen: UN DESA \(UN E-Government Survey\)\. Ränge: Rang unter allen/);
		lacks(de, ['Sources', 'Ranks', 'average', 'published', 'assessed']);
	});

	it('describe a headline panel in English as before, and in Estonian', () => {
		const rows = [
			{ year: 2020, value: 0.9, rank: 3, n: 193, eu27_value: 0.8, flag: null },
			{ year: 2024, value: 0.973, rank: 2, n: 193, eu27_value: 0.879, flag: null }
		];
		const spec = {
			country: 'EST',
			name: 'Estonia',
			meta: { label: 'EGDI', unit: 'index (0–1)', family: 'UN' },
			digits: 3
		};
		const en = describeHeadline(rows as never, spec);
		expect(en).toBe(
			'Estonia, EGDI (index (0–1)): 0.900 in 2020, 0.973 in 2024 (EU27 average 0.879); rank 2 of 193.'
		);
		const et = describeHeadline(rows as never, spec, 'et');
		expect(et).toBe(
			'Estonia, EGDI (index (0–1)): 0,900 aastal 2020, 0,973 aastal 2024 (EL27 keskmine 0,879); koht 2/193.'
		);
		lacks(et, ['in', 'average', 'rank', 'of']);
	});
});

describe('readings', () => {
	const EST = [
		{ year: 2003, rank: 16, n: 191 },
		{ year: 2008, rank: 13, n: 192, flag: 'break' },
		{ year: 2024, rank: 2, n: 193 }
	];

	it('write ordinals the language’s way', () => {
		expect([1, 2, 23].map((n) => ordinalIn(n))).toEqual(['1st', '2nd', '23rd']);
		expect([1, 2].map((n) => ordinalIn(n, 'fr'))).toEqual(['1er', '2e']);
		expect(ordinalIn(2, 'de')).toBe('2.');
		expect(ordinalIn(2, 'nl')).toBe('2e');
	});

	it('say how a rank moved in English as before, and in German', () => {
		expect(rankSentence('Estonia', 'the UN index', EST)).toBe(
			'Estonia rose from 16th to 2nd in the UN index between 2003 and 2024, across its 2008 change of method.'
		);
		const de = rankSentence('Estland', benchmarkName('un_egdi.egdi', 'x', 'de'), EST, null, 'de');
		expect(de).toBe(
			'Estland stieg vom 16. auf den 2. Platz (E-Government-Index der UN, 2003–2024), über den Methodenwechsel 2008 hinweg.'
		);
		lacks(de!, ['rose', 'from', 'to', 'between', 'across', 'method']);
	});

	it('read an overview panel in English as before, and in Dutch', () => {
		const at = (country: string, name: string, year: number, rank: number) => ({
			country,
			name,
			year,
			rank,
			n: 193
		});
		const points = [at('EST', 'Estonia', 2010, 20), at('EST', 'Estonia', 2024, 2)];
		const countries = [
			{ country: 'EST', name: 'Estonia' },
			{ country: 'BEL', name: 'Belgium' },
			{ country: 'DEU', name: 'Germany' }
		];
		const spec = { benchmark: 'the UN e-government index', countries };
		expect(reading(points, spec)).toBe(
			'Estonia rose from 20th to 2nd in the UN e-government index between 2010 and 2024. ' +
				'Estonia ranked highest of the five in 2024 (2nd of 193). Belgium and Germany were not assessed.'
		);
		const nl = reading(points, { ...spec, benchmark: 'e-overheidsindex van de VN' }, 'nl');
		expect(nl).toBe(
			'Estonia steeg van de 20e naar de 2e plaats (e-overheidsindex van de VN, 2010–2024). ' +
				'Estonia stond in 2024 het hoogst van de vijf (2e van 193). Belgium en Germany werden niet beoordeeld.'
		);
		lacks(nl, ['rose', 'ranked', 'highest', 'five', 'of', 'were', 'assessed']);
	});
});

describe('the overview’s table', () => {
	const meta = {
		indicator_id: 'un_egdi.egdi',
		source_id: 'un_egdi',
		label: 'EGDI',
		family: 'UN',
		unit: 'index (0–1)',
		scale_max: 1
	};
	const est = {
		indicator_id: 'un_egdi.egdi',
		country: 'EST',
		name: 'Estonia',
		year: 2024,
		value: 0.97274,
		flag: null,
		ref_period: '2024',
		rank: 2,
		n: 193,
		eu27_value: 0.87912,
		eu27_role: 'eu27_mean',
		eu27_n: 21,
		latest: true,
		target_value: null,
		target_year: null,
		distance: null
	};
	const two = [
		{ country: 'EST', name: 'Estonia' },
		{ country: 'DEU', name: 'Germany' }
	];

	it('says ranks, averages and absences in English as before, and in French', () => {
		const [en] = overviewTable([est as never], [meta], two);
		expect(en!.cells.map((c) => [c.rank, c.value])).toEqual([
			['2nd of 193', '0.973'],
			['–', 'not assessed']
		]);
		expect(en!.eu27).toBe('0.879 (mean of 21)');
		const [fr] = overviewTable([est as never], [meta], two, 'fr');
		expect(fr!.cells.map((c) => [c.rank, c.value])).toEqual([
			['2e sur 193', '0.973'],
			['–', 'non évalué']
		]);
		expect(fr!.eu27).toBe('0.879 (moyenne de 21)');
		expect(eu27Text({ eu27_value: 12.34, eu27_n: 27 }, 1, true, 'da')).toBe(
			'12.3 (gennemsnitlig placering)'
		);
	});
});

describe('the status line of redrawn charts', () => {
	it('counts the other charts in English as before, and in Estonian', () => {
		expect(newsText(['A.', 'B.', 'C.'])).toBe('A. (2 other charts also changed.)');
		expect(newsText(['A.', 'B.'])).toBe('A. (1 other chart also changed.)');
		const et = newsText(['A.', 'B.', 'C.'], 'et');
		expect(et).toBe('A. (Muutus ka 2 teist joonist.)');
		lacks(et, ['other', 'charts', 'changed']);
	});
});
