import type { Group } from '$lib/state/explore-state';

/**
 * Why each preset group of countries exists, in a phrase: shown beside the group choice with its
 * members, so that "the meta-analysis eight" explains itself. From the research memo
 * (shared/research/domain.md) and the flags of countries.parquet.
 */
export const GROUP_WHY: Record<Group, string> = {
	none: 'Only the countries you add one by one.',
	five: 'The research programme’s five case-study countries (TROPICO work package 6), one per administrative tradition.',
	ten: 'The ten countries of the TROPICO research programme: the five case studies and five more from the same traditions.',
	eight:
		'The eight countries whose national strategies the programme’s meta-analysis (2019) coded.',
	eu27: 'The member states of the European Union since 2020, without the United Kingdom.',
	all: 'Every country the source assessed.'
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
export function groupNote(group: Group, members: readonly string[], listed = 10): string {
	const why = GROUP_WHY[group];
	if (group === 'none' || group === 'all' || members.length === 0) return why;
	const who = members.length > listed ? `${members.length} countries` : listNames(members);
	return `${why} ${who}.`;
}
