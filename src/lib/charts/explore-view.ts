import type { IndicatorMeta } from '$lib/catalog/indicators';
import { chosenCountries, membersOf, type CountryOption } from '$lib/data/country-groups';
import type { ExploreRow, NormRow } from '$lib/data/explore-rows';
import { standingTargets, type Target } from '$lib/data/gap-to-target';
import { normalise } from '$lib/data/normalise';
import { pick } from '$lib/data/pick';
import type { Locale } from '$lib/i18n/locales';
import * as t from '$lib/i18n/pages/views';
import type { ExploreState, Group, Norm } from '$lib/state/explore-state';
import {
	drawnRows,
	exploreCharts,
	undrawnNotes,
	visibleRows,
	yearsDrawn,
	type Facet
} from './explore-charts';
import { exploreFrame, type FrameText } from './explore-frame';
import { CHART_WIDTH } from './explore-size';
import { DEFAULT_FOCUS } from './focus';

export interface ViewContext {
	indicators: readonly IndicatorMeta[];
	countries: readonly CountryOption[];
	targets: readonly Target[];
	publisherOf: (source: string) => string;
	/** The normalisation drawn (effectiveNorm of the state). */
	norm: Norm;
	/** Pixels; CHART_WIDTH when absent. */
	width?: number;
	/** The language of the frame's and panels' texts (default English). */
	locale?: Locale;
}

const GROUP_PHRASE: Record<Group, ((locale: Locale) => string) | null> = {
	none: null,
	five: t.vPhraseFive,
	ten: t.vPhraseTen,
	eight: t.vPhraseEight,
	eu27: t.vPhraseEu27,
	all: t.vPhraseAll
};

/**
 * The selection in words, for subtitles: "The five and France", "Belgium, Denmark"; in English
 * the same as describeSelection (data/country-groups.ts), in the other languages translated.
 */
export function selectionText(
	state: Pick<ExploreState, 'group' | 'country'>,
	options: readonly CountryOption[],
	locale: Locale = 'en'
): string {
	const nameOf = new Map(options.map((o) => [o.country, o.name]));
	const members = new Set(membersOf(state.group, options));
	const extra = state.country.filter((c) => !members.has(c)).map((c) => nameOf.get(c) ?? c);
	const names =
		extra.length > 4
			? [...extra.slice(0, 4), t.vPhraseMore(locale, { count: extra.length - 4 })]
			: extra;
	const [group, list] = [GROUP_PHRASE[state.group]?.(locale) ?? '', names.join(', ')];
	const text = group && list ? t.vAnd(locale, { a: group, b: list }) : group || list;
	return text ? `${text[0]?.toUpperCase()}${text.slice(1)}` : t.vNoCountry(locale);
}

/** Everything the explorer shows for a query's rows: normalised rows, panels and frame text. */
export interface ExploreView {
	/** The normalisation the rows are in. */
	norm: Norm;
	rows: NormRow[];
	/** The rows the charts draw (a bar chart's year, a slope's two): the table view and CSV. */
	shown: NormRow[];
	facets: Facet[];
	frame: FrameText;
}

/**
 * The focus of a chart of many countries: the reader's, else the five and, on top of a group, the
 * countries added to it one by one (someone who adds Korea to the EU27 wants to see Korea).
 */
export function focusChosen(state: Pick<ExploreState, 'focus' | 'group' | 'country'>): string[] {
	if (state.focus.length) return state.focus;
	return state.group === 'none' ? [...DEFAULT_FOCUS] : [...DEFAULT_FOCUS, ...state.country];
}

/** From the query's rows (every country and year of the indicators) to the explorer's rows, charts and footnotes. */
export function exploreView(
	raw: readonly ExploreRow[],
	state: ExploreState,
	ctx: ViewContext
): ExploreView {
	const metaOf = new Map(ctx.indicators.map((m) => [m.indicator_id, m]));
	const metas = state.indicator.map((id) => metaOf.get(id)).filter((m): m is IndicatorMeta => !!m);
	const targets = standingTargets(ctx.targets);
	const codes = chosenCountries(state, ctx.countries);
	const chosen = pick(raw, codes, state.time);
	const order = new Map(state.indicator.map((id, i) => [id, i]));
	// The table reads in the order chosen: indicator as picked, then country by name, then year.
	const rows = normalise(chosen, ctx.norm, {
		lowerIsBetter: metas.filter((m) => !m.higher_is_better).map((m) => m.indicator_id),
		targets
	}).sort(
		(a, b) =>
			(order.get(a.indicator_id) ?? 0) - (order.get(b.indicator_id) ?? 0) ||
			a.name.localeCompare(b.name, 'en') ||
			a.year - b.year
	);
	const facets = exploreCharts(rows, {
		chart: state.chart,
		norm: ctx.norm,
		refs: state.ref,
		metas,
		targets,
		focus: focusChosen(state),
		width: ctx.width ?? CHART_WIDTH,
		locale: ctx.locale
	});
	const frame = exploreFrame(visibleRows(rows, state.chart), state, {
		years: yearsDrawn(rows, state.chart),
		norm: ctx.norm,
		metas,
		targets,
		publisherOf: ctx.publisherOf,
		countries: selectionText(state, ctx.countries, ctx.locale),
		locale: ctx.locale
	});
	// Every chosen country a panel leaves out is named (not for "all": most lack most indicators;
	// nor in a dot plot, whose panels give them a row saying "no rank").
	if (codes !== 'all' && state.chart !== 'dots') {
		const nameOf = new Map(ctx.countries.map((c) => [c.country, c.name]));
		const named = codes.map((country) => ({ country, name: nameOf.get(country) ?? country }));
		frame.caveats.unshift(...undrawnNotes(rows, state.chart, metas, named, ctx.locale));
	}
	return { norm: ctx.norm, rows, shown: drawnRows(rows, state.chart), facets, frame };
}
