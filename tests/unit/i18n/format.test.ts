import { describe, expect, it } from 'vitest';
import { formatList, formatNumber, formatPercent, formatYearRange } from '$lib/i18n/format';

// U+00A0 and U+202F: the no-break spaces CLDR puts in French and Estonian numbers.
const plain = (s: string) => s.replace(/[\u00a0\u202f\u2009]/g, ' ');

describe('format', () => {
	it.each([
		['en', '12,345.7'],
		['de', '12.345,7'],
		['fr', '12 345,7'],
		['nl', '12.345,7'],
		['da', '12.345,7'],
		['et', '12 345,7']
	] as const)('numbers in %s', (locale, expected) => {
		expect(plain(formatNumber(locale, 12345.67, 1))).toBe(expected);
	});

	it('keeps the decimals asked for', () => {
		expect(formatNumber('en', 0.5, 2)).toBe('0.50');
		expect(formatNumber('de', 3)).toBe('3');
	});

	it('writes a minus sign as the language does', () => {
		expect(formatNumber('en', -1.5, 1)).toBe('-1.5');
		expect(formatNumber('et', -1.5, 1)).toBe('−1,5');
	});

	it.each([
		['en', '25.6%'],
		['de', '25,6 %'],
		['fr', '25,6 %'],
		['nl', '25,6%'],
		['da', '25,6 %'],
		['et', '25,6%']
	] as const)('shares in %s', (locale, expected) => {
		expect(plain(formatPercent(locale, 0.256, 1))).toBe(expected);
	});

	it('spans years, one year alone, either order', () => {
		expect(plain(formatYearRange('de', 2016, 2023))).toBe('2016–2023');
		expect(plain(formatYearRange('en', 2023, 2016))).toBe('2016 – 2023');
		expect(formatYearRange('fr', 2020, 2020)).toBe('2020');
	});

	it.each([
		['en', 'Belgium, Denmark and Estonia'],
		['de', 'Belgium, Denmark und Estonia'],
		['fr', 'Belgium, Denmark et Estonia'],
		['nl', 'Belgium, Denmark en Estonia'],
		['da', 'Belgium, Denmark og Estonia'],
		['et', 'Belgium, Denmark ja Estonia']
	] as const)('lists in %s', (locale, expected) => {
		expect(formatList(locale, ['Belgium', 'Denmark', 'Estonia'])).toBe(expected);
	});

	it('lists alternatives and short lists', () => {
		expect(formatList('de', ['A', 'B'], 'disjunction')).toBe('A oder B');
		expect(formatList('et', ['A'])).toBe('A');
	});
});
