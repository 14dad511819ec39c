import { describe, expect, it } from 'vitest';
import { tables } from '$lib/catalog/schema';
import { GLOSSARY, glossaryName } from '$lib/i18n/glossary';
import { LOCALES } from '$lib/i18n/locales';
import type { Texts } from '$lib/i18n/message';
import * as tools from '$lib/i18n/pages/tools';
import { tableTitle } from '$lib/catalog/table-titles';
import { quickChart } from '$lib/charts/quick-chart';
import { loadFailure } from '$lib/db/engine';
import { guardSql } from '$lib/sql/guard';
import { levelWord, statusLabel, unmeasuredNote } from '$lib/charts/services-grid';
import { formatMeasure, MEASURE_INFO, measureInfo } from '$lib/charts/services-measures';
import { describeTrend } from '$lib/charts/services-trend';
import { keyProblems } from '$lib/state/key-problems';
import { codeList, oneOf, yearRange } from '$lib/state/params';
import { lifeEventLabel, servicesCodec } from '$lib/state/services-state';
import { decodeSqlLink } from '$lib/state/sql-state';

/*
 * The tools' texts built in $lib take a language: English stays as it was, and another language
 * says it in its own words (a couple of telling English words must not remain).
 */

describe('services texts', () => {
	it('name the countries a report did not measure', () => {
		const en = unmeasuredNote(['United Kingdom'], '2024');
		expect(en).toBe(
			'Not measured in the 2024 report: United Kingdom. Its column is empty and the summary leaves it out.'
		);
		const de = unmeasuredNote(['United Kingdom'], '2024', 'de');
		expect(de).toContain('2024');
		expect(de).not.toMatch(/measured|column|summary/);
	});

	it('label measures, life events, levels and statuses', () => {
		expect(measureInfo('portal')).toEqual(MEASURE_INFO.portal);
		expect(MEASURE_INFO.portal.label).toBe('Through the national portal');
		expect(measureInfo('portal', 'fr').label).toBe('Via le portail national');
		expect(lifeEventLabel('justice')).toBe('Starting a small claims procedure');
		expect(lifeEventLabel('justice', 'nl')).not.toMatch(/claims|small|Starting/);
		expect(statusLabel('partly')).toBe('Partly online');
		expect(statusLabel('na', 'da')).toBe('Ikke relevant');
		expect(levelWord('Central')).toBe('central');
		expect(levelWord('Local', 'de')).toBe('kommunal');
	});

	it('format measures in the language', () => {
		expect(formatMeasure(72.6, MEASURE_INFO.central)).toBe('73%');
		expect(formatMeasure(72.6, MEASURE_INFO.central, 'de')).toMatch(/^73\s%$/);
		expect(formatMeasure(2.25, MEASURE_INFO.providers, 'fr')).toBe('2,3');
	});

	it('describe the trend', () => {
		const points = [
			{ country: 'DEU', name: 'Germany', year: 2022, value: 40, role: 'country' as const }
		];
		expect(describeTrend(points, 'portal', 'Family')).toBe(
			'Through the national portal (% of services), Family, by data year; in 2022: Germany 40%.'
		);
		const et = describeTrend(points, 'portal', 'Perekond', 'et');
		expect(et).toContain('Germany 40%');
		expect(et).not.toMatch(/by data year|services|portal/);
	});
});

describe('link problems', () => {
	it('are said in the page’s language', () => {
		const edition = oneOf('edition', ['2021', '2022'] as const, '2022');
		expect(edition.decode('1999').problems).toEqual([
			'Ignored edition "1999": expected 2021 or 2022.'
		]);
		const [fr] = edition.decode('1999', 'fr').problems;
		expect(fr).toContain('1999');
		expect(fr).toContain('2021 ou 2022');
		expect(fr).not.toMatch(/Ignored|expected| or /);

		const countries = codeList('country', (c) => c === 'DEU', []);
		expect(countries.decode('XXX').problems).toEqual(['Ignored country "XXX": not in the data.']);
		expect(countries.decode('XXX', 'de').problems[0]).not.toMatch(/Ignored|not in the data/);

		const time = yearRange('time', { from: null, to: null });
		expect(time.decode('2020..2010', 'nl').problems[0]).not.toMatch(/Swapped|first year/);
		expect(time.decode('soon', 'da').problems[0]).not.toMatch(/expected a year|range such/);
	});

	it('name unknown and repeated keys', () => {
		const query = new URLSearchParams('colour=red&edition=1&edition=2');
		expect(keyProblems(query, ['edition'])).toEqual([
			'Ignored unknown setting "colour".',
			'"edition" was given 2 times; the last one was used.'
		]);
		const et = keyProblems(query, ['edition'], 'et');
		expect(et).toHaveLength(2);
		expect(et.join(' ')).not.toMatch(/Ignored|unknown setting|was given|last one/);
	});

	it('come through a page’s codec and the SQL link', async () => {
		const codec = servicesCodec(() => true);
		const { problems } = codec.decode(new URLSearchParams('level=top'), 'de');
		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain('regional oder local');
		expect(problems[0]).not.toMatch(/Ignored|expected/);
		const en = await decodeSqlLink(new URLSearchParams('z=!!!'));
		expect(en.problems).toEqual(['The query in the link is damaged and could not be read.']);
		const fr = await decodeSqlLink(new URLSearchParams('z=!!!'), 'fr');
		expect(fr.problems[0]).not.toMatch(/query in the link|damaged/);
	});
});

describe('SQL console texts', () => {
	it('say why the guard refused a statement', () => {
		const en = guardSql('DROP TABLE observations', ['observations']);
		expect(en).toEqual({
			ok: false,
			reason:
				'DROP on “observations” was refused: the shipped tables cannot be changed. Make your own copy first, e.g. CREATE TABLE my_observations AS SELECT * FROM observations.'
		});
		const de = guardSql('DROP TABLE observations', ['observations'], 'de');
		expect(de.ok).toBe(false);
		if (!de.ok) {
			expect(de.reason).toContain('CREATE TABLE my_observations');
			expect(de.reason).not.toMatch(/was refused|shipped tables|own copy/);
		}
		const attach = guardSql('ATTACH x', [], 'fr');
		expect(attach.ok || attach.reason).toBe('ATTACH ouvrirait une autre base de données.');
	});

	it('describe the quick chart', () => {
		const rows = [
			{ year: 2020, egdi: 0.5 },
			{ year: 2022, egdi: 0.75 }
		];
		const spec = { x: 'year', y: 'egdi', color: null, mark: 'line' } as const;
		expect(quickChart(rows, spec).ariaDescription).toBe(
			'Line chart of egdi by year, 2 rows. egdi runs from 0.5 to 0.75.'
		);
		const nl = quickChart(rows, spec, { locale: 'nl' }).ariaDescription ?? '';
		expect(nl).toContain('0,75');
		expect(nl).not.toMatch(/chart of|runs from|rows/);
	});

	it('name the data file that failed to load', () => {
		expect(loadFailure('targets', 'HTTP 404 for /data/targets.parquet')).toBe(
			'Could not load targets.parquet: HTTP 404 for /data/targets.parquet'
		);
		const da = loadFailure('targets', new Error('HTTP 404'), 'da');
		expect(da).toContain('targets.parquet');
		expect(da).not.toMatch(/Could not load/);
	});
});

describe('data package texts', () => {
	it.each(Object.values(tables).map((table) => [table.name, table] as const))(
		'%s has its title in every language, English as in the contract',
		(_name, table) => {
			expect(tableTitle(table, 'en')).toBe(table.title);
			for (const locale of ['de', 'fr', 'nl', 'da', 'et'] as const)
				expect(tableTitle(table, locale), locale).not.toBe(table.title);
		}
	);
});

describe('tools messages use the glossary', () => {
	const uses = (Object.entries(tools) as [string, { texts: Texts }][]).flatMap(([key, { texts }]) =>
		GLOSSARY.filter((e) => texts.en.includes(glossaryName(e, 'en'))).map(
			(entry) => [key, entry.id, texts, entry] as const
		)
	);

	it('somewhere', () => expect(uses.length).toBeGreaterThan(0));

	it.each(uses)('%s names %s in each language’s official form', (_key, _id, texts, entry) => {
		for (const locale of LOCALES)
			expect(texts[locale], locale).toContain(glossaryName(entry, locale));
	});
});
