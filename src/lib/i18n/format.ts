import type { Locale } from './locales';

/*
 * Numbers, shares, years and lists in a language's conventions, through `Intl`. English is
 * British English (the UK is one of the five), so lists have no serial comma.
 */

const TAGS: Readonly<Record<Locale, string>> = {
	en: 'en-GB',
	de: 'de-DE',
	fr: 'fr-FR',
	nl: 'nl-NL',
	da: 'da-DK',
	et: 'et-EE'
};

/** The BCP 47 tag `Intl` formats a language with. */
export const intlTag = (locale: Locale): string => TAGS[locale];

/** A number with exactly `digits` decimals (default 0): 12 345,7 in French. */
export function formatNumber(locale: Locale, value: number, digits = 0): string {
	return new Intl.NumberFormat(TAGS[locale], {
		minimumFractionDigits: digits,
		maximumFractionDigits: digits
	}).format(value);
}

/** A share (0.256) as a percentage with `digits` decimals: 25,6 % in German. */
export function formatPercent(locale: Locale, share: number, digits = 0): string {
	return new Intl.NumberFormat(TAGS[locale], {
		style: 'percent',
		minimumFractionDigits: digits,
		maximumFractionDigits: digits
	}).format(share);
}

const january = (year: number) => new Date(Date.UTC(year, 0, 1));

/** A span of years (2016–2023), or one year when both ends are the same. */
export function formatYearRange(locale: Locale, start: number, end: number): string {
	const years = new Intl.DateTimeFormat(TAGS[locale], { year: 'numeric', timeZone: 'UTC' });
	return start === end
		? years.format(january(start))
		: years.formatRange(january(Math.min(start, end)), january(Math.max(start, end)));
}

/** Items joined as the language joins a list: "A, B and C", "A, B und C", "A, B ja C". */
export function formatList(
	locale: Locale,
	items: readonly string[],
	type: 'conjunction' | 'disjunction' = 'conjunction'
): string {
	return new Intl.ListFormat(TAGS[locale], { style: 'long', type }).format(items);
}
