import type { Locale } from '$lib/i18n/locales';
import { tGivenTimes, tIgnoredUnknownKey } from '$lib/i18n/pages/tools';

const clip = (key: string) => (key.length > 40 ? `${key.slice(0, 40)}…` : key);

/**
 * What a link's query says that a page cannot use, in the words every page uses: a key given more
 * than once (the last one counts) and a key the page does not know (ignored).
 */
export function keyProblems(
	query: URLSearchParams,
	known: readonly string[],
	locale: Locale = 'en'
): string[] {
	const problems: string[] = [];
	for (const key of new Set(query.keys())) {
		const count = query.getAll(key).length;
		if (!known.includes(key)) problems.push(tIgnoredUnknownKey(locale, { key: clip(key) }));
		else if (count > 1) problems.push(tGivenTimes(locale, { key, count }));
	}
	return problems;
}
