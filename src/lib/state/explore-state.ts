import { tShowedRaw } from '$lib/i18n/pages/tools';
import { createCodec, type Codec } from './codec';
import { codeList, idList, oneOf, someOf, yearRange, type YearRange } from './params';

export const CHARTS = ['line', 'bar', 'slope', 'dots', 'table'] as const;
export const NORMS = ['raw', 'rank', 'zscore', 'index', 'gap'] as const;
export const GROUPS = ['none', 'five', 'ten', 'eight', 'eu27', 'all'] as const;
export const REFS = ['eu', 'target'] as const;

export type ChartType = (typeof CHARTS)[number];
export type Norm = (typeof NORMS)[number];
export type Group = (typeof GROUPS)[number];
export type Ref = (typeof REFS)[number];

export const EXPLORE_INDICATOR = 'un_egdi.egdi';

export interface ExploreState {
	indicator: string[];
	/** Countries chosen one by one, on top of the group's members. */
	country: string[];
	group: Group;
	time: YearRange;
	chart: ChartType;
	norm: Norm;
	ref: Ref[];
	/** Countries coloured and labelled when a chart has too many to name all (none: the five). */
	focus: string[];
}

export interface ExploreCatalog {
	isCountry: (code: string) => boolean;
	isIndicator: (id: string) => boolean;
	hasTarget: (id: string) => boolean;
	/** An indicator's name for messages (default: its id). */
	nameOf?: (id: string) => string;
}

/** Why gap to target cannot be shown for these indicators, or null when it can. */
export function gapUnavailable(
	indicators: readonly string[],
	hasTarget: (id: string) => boolean,
	nameOf: (id: string) => string = (id) => id
) {
	const without = indicators.filter((id) => !hasTarget(id)).map(nameOf);
	return without.length === 0
		? null
		: `No policy target is mapped to ${without.slice(0, 3).join(', ')}${without.length > 3 ? '…' : ''}.`;
}

/**
 * The explorer's URL grammar, e.g.
 * `indicator=un_egdi.egdi~eu_egov.overall&country=FRA&group=five&time=2010..latest&chart=line&norm=zscore&ref=eu~target&focus=DEU~FRA`.
 */
export function exploreCodec({
	isCountry,
	isIndicator,
	hasTarget,
	nameOf
}: ExploreCatalog): Codec<ExploreState> {
	const codec = createCodec<ExploreState>({
		indicator: idList('indicator', isIndicator, [EXPLORE_INDICATOR]),
		country: codeList('country', isCountry, []),
		group: oneOf('group', GROUPS, 'five'),
		time: yearRange('time', { from: null, to: null }),
		chart: oneOf('chart', CHARTS, 'line'),
		norm: oneOf('norm', NORMS, 'raw'),
		ref: someOf('ref', REFS, ['eu']),
		focus: codeList('focus', isCountry, [])
	});
	return {
		...codec,
		decode(search, locale = 'en') {
			const { state, problems } = codec.decode(search, locale);
			const reason =
				state.norm === 'gap' ? gapUnavailable(state.indicator, hasTarget, nameOf) : null;
			if (reason) {
				state.norm = 'raw';
				problems.push(tShowedRaw(locale, { reason }));
			}
			return { state, problems };
		}
	};
}

/** An option of a control; `disabled` says why it cannot be chosen now. */
export interface Choice<T extends string> {
	value: T;
	label: string;
	disabled?: string;
}

const single = (s: ExploreState) => s.time.from !== null && s.time.from === s.time.to;

/** The chart types, with the reason one cannot be drawn for this state. */
export function chartChoices(state: ExploreState): Choice<ChartType>[] {
	return [
		{ value: 'line', label: 'Line' },
		{ value: 'bar', label: 'Bar (one year)' },
		{
			value: 'slope',
			label: 'Slope (two years)',
			disabled: single(state) ? 'A slope needs two years: widen the year range.' : undefined
		},
		{ value: 'dots', label: 'Dot plot of ranks' },
		{ value: 'table', label: 'Table' }
	];
}

/** The normalisations, with the reason one does not apply to this state. */
export function normChoices(
	state: ExploreState,
	hasTarget: (id: string) => boolean,
	nameOf?: (id: string) => string
): Choice<Norm>[] {
	const dots = state.chart === 'dots' ? 'The dot plot always shows ranks.' : undefined;
	return [
		{ value: 'raw', label: 'Raw values', disabled: dots },
		{ value: 'rank', label: 'Rank' },
		{ value: 'zscore', label: 'z-score', disabled: dots },
		{ value: 'index', label: 'Index (EU27 = 100)', disabled: dots },
		{
			value: 'gap',
			label: 'Gap to target',
			disabled: dots ?? gapUnavailable(state.indicator, hasTarget, nameOf) ?? undefined
		}
	];
}

/** The reference lines, with the reason one cannot be drawn. */
export function refChoices(state: ExploreState, hasTarget: (id: string) => boolean): Choice<Ref>[] {
	const anyTarget = state.indicator.some(hasTarget);
	return [
		{ value: 'eu', label: 'EU27 average' },
		{
			value: 'target',
			label: 'Targets',
			disabled: anyTarget ? undefined : 'No policy target is mapped to the indicators chosen.'
		}
	];
}

/** The normalisation drawn: ranks for the dot plot, raw where the gap has no target. */
export function effectiveNorm(state: ExploreState, hasTarget: (id: string) => boolean): Norm {
	if (state.chart === 'dots') return 'rank';
	if (state.norm === 'gap' && gapUnavailable(state.indicator, hasTarget)) return 'raw';
	return state.norm;
}
