import { formatList } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locales';
import * as m from '$lib/i18n/pages/views';
import type { Group } from '$lib/state/explore-state';

/** Why each group exists, in every language. */
const WHY: Record<Group, (locale: Locale) => string> = {
	none: m.vWhyNone,
	five: m.vWhyFive,
	ten: m.vWhyTen,
	eight: m.vWhyEight,
	eu27: m.vWhyEu27,
	all: m.vWhyAll
};

/**
 * Why each preset group of countries exists, in a phrase: shown beside the group choice with its
 * members, so that "the meta-analysis eight" explains itself. From the research memo
 * (shared/research/domain.md) and the flags of countries.parquet.
 */
export const GROUP_WHY: Record<Group, string> = {
	none: WHY.none('en'),
	five: WHY.five('en'),
	ten: WHY.ten('en'),
	eight: WHY.eight('en'),
	eu27: WHY.eu27('en'),
	all: WHY.all('en')
};

/** A country list in words: "Belgium, Denmark and Estonia". */
export function listNames(names: readonly string[]): string {
	if (names.length < 2) return names[0] ?? '';
	return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * The group explained: why it exists and who is in it ("… Belgium, Denmark, Estonia, Germany and
 * the United Kingdom."). Groups of more than `listed` members are counted rather than listed.
 */
export function groupNote(
	group: Group,
	members: readonly string[],
	listed = 10,
	locale: Locale = 'en'
): string {
	const why = WHY[group](locale);
	if (group === 'none' || group === 'all' || members.length === 0) return why;
	const list = locale === 'en' ? listNames(members) : formatList(locale, members);
	const who = members.length > listed ? m.vCountryCount(locale, { count: members.length }) : list;
	return `${why} ${who}.`;
}
