import type { ExploreState, Group } from '$lib/state/explore-state';

/** A country the pickers offer, with the group flags of countries.parquet. */
export interface CountryOption {
	country: string;
	name: string;
	wp6_five: boolean;
	tropico_ten: boolean;
	meta_eight: boolean;
	eu27: boolean;
}

/** A country as a picker lists it: code and name. */
export type CountryName = Pick<CountryOption, 'country' | 'name'>;

type Flag = 'wp6_five' | 'tropico_ten' | 'meta_eight' | 'eu27';
const FLAG: Record<Exclude<Group, 'none' | 'all'>, Flag> = {
	five: 'wp6_five',
	ten: 'tropico_ten',
	eight: 'meta_eight',
	eu27: 'eu27'
};

export const GROUP_LABEL: Record<Group, string> = {
	none: 'None',
	five: 'The five',
	ten: "The programme's ten",
	eight: 'The meta-analysis eight',
	eu27: 'EU27',
	all: 'All'
};

/** The group's members (all: every country offered). */
export function membersOf(group: Group, options: readonly CountryOption[]): string[] {
	if (group === 'none') return [];
	if (group === 'all') return options.map((o) => o.country);
	const flag = FLAG[group];
	return options.filter((o) => o[flag]).map((o) => o.country);
}

/** The countries a state shows: its group's members and those added one by one, or 'all'. */
export function chosenCountries(
	state: Pick<ExploreState, 'group' | 'country'>,
	options: readonly CountryOption[]
): string[] | 'all' {
	if (state.group === 'all') return 'all';
	const members = membersOf(state.group, options);
	return [...members, ...state.country.filter((c) => !members.includes(c))];
}

type Selection = Pick<ExploreState, 'group' | 'country'>;

/** Switches group, keeping the countries added one by one that the new group lacks. */
export function withGroup(
	state: Selection,
	group: Group,
	options: readonly CountryOption[]
): Selection {
	const members = membersOf(group, options);
	return {
		group,
		country: group === 'all' ? [] : state.country.filter((c) => !members.includes(c))
	};
}

/** Removes one country; removing a group member turns the group into a plain list. */
export function withoutCountry(
	state: Selection,
	code: string,
	options: readonly CountryOption[]
): Selection {
	if (!membersOf(state.group, options).includes(code))
		return { group: state.group, country: state.country.filter((c) => c !== code) };
	const chosen = chosenCountries(state, options);
	const list = chosen === 'all' ? options.map((o) => o.country) : chosen;
	return { group: 'none', country: list.filter((c) => c !== code) };
}

/** Adds one country (no change if the group already has it). */
export function withCountry(
	state: Selection,
	code: string,
	options: readonly CountryOption[]
): Selection {
	const chosen = chosenCountries(state, options);
	if (chosen === 'all' || chosen.includes(code)) return state;
	return { group: state.group, country: [...state.country, code] };
}

const GROUP_PHRASE: Record<Group, string> = {
	none: '',
	five: 'the five',
	ten: "the programme's ten",
	eight: 'the meta-analysis eight',
	eu27: 'the EU27 member states',
	all: 'all countries assessed'
};

/** The selection in words, for subtitles: "The five and France", "Belgium, Denmark". */
export function describeSelection(state: Selection, options: readonly CountryOption[]): string {
	const nameOf = new Map(options.map((o) => [o.country, o.name]));
	const members = new Set(membersOf(state.group, options));
	const extra = state.country.filter((c) => !members.has(c)).map((c) => nameOf.get(c) ?? c);
	const names = extra.length > 4 ? [...extra.slice(0, 4), `${extra.length - 4} more`] : extra;
	const text = [GROUP_PHRASE[state.group], names.join(', ')].filter(Boolean).join(' and ');
	return text ? `${text[0]?.toUpperCase()}${text.slice(1)}` : 'No country chosen';
}
