import type { PlotOptions } from '@observablehq/plot';
import type { NormRow } from '$lib/data/explore-rows';
import type { Target } from '$lib/data/gap-to-target';
import type { Locale } from '$lib/i18n/locales';
import * as t from '$lib/i18n/pages/views';
import type { ChartType, Norm, Ref } from '$lib/state/explore-state';
import { exploreBar, latestYear } from './explore-bar';
import { exploreDots, latestRankYear } from './explore-dots';
import { countryRows, type FacetMeta } from './explore-format';
import { exploreLine, linePoints } from './explore-line';
import type { ChartPoint } from './chart-points';
import { exploreSlope, slopeYears } from './explore-slope';

export interface ExploreChartSpec {
	chart: ChartType;
	/** The normalisation the rows are in. */
	norm: Norm;
	refs: readonly Ref[];
	metas: readonly FacetMeta[];
	/** Standing targets, by indicator. */
	targets: readonly Target[];
	/** The countries to colour and label when there are too many for all (default: the five). */
	focus?: readonly string[];
	width?: number;
	/** The language of the panels' texts (default English). */
	locale?: Locale;
}

/** One panel of the small multiples: its Plot options, or why it is empty. */
export interface Facet {
	key: string;
	label: string;
	options: PlotOptions | null;
	empty?: string;
	/** The points arrow keys reach (line charts). */
	points?: ChartPoint[];
}

/** Countries every dot-plot panel gives a row, ranked or not; more, and each lists its own. */
const MAX_SHARED_ROWS = 30;

/** The explorer's charts: one panel per indicator, never two units (or two rank scales) on one axis. */
export function exploreCharts(rows: readonly NormRow[], spec: ExploreChartSpec): Facet[] {
	const locale = spec.locale ?? 'en';
	if (spec.chart === 'table') return [];
	if (spec.chart === 'dots') {
		// One panel per indicator, each on its own rank axis, with the same country rows in each.
		const names = [...new Set(countryRows(rows).map((r) => r.name))].sort();
		// Beyond a few dozen countries (a group of all), a row per country without a rank in each
		// panel would be a wall of "no rank": each panel then lists only those it ranks.
		const rowsOf = (mine: readonly NormRow[]) =>
			names.length > MAX_SHARED_ROWS
				? [...new Set(countryRows(mine).map((r) => r.name))].sort()
				: names;
		return spec.metas.map((meta) => {
			const mine = rows.filter((r) => r.indicator_id === meta.indicator_id);
			const year = latestRankYear(mine);
			const key = `dots:${meta.indicator_id}`;
			if (year === null)
				return {
					key,
					label: meta.label,
					options: null,
					empty: t.vNoRankChosen(locale, { label: meta.label })
				};
			const eu = spec.refs.includes('eu');
			return {
				key,
				label: `${meta.label}, ${year}`,
				options: exploreDots(mine, {
					meta,
					eu,
					names: rowsOf(mine),
					width: spec.width,
					locale: spec.locale
				})
			};
		});
	}
	const height = spec.metas.length > 1 ? 320 : 400;
	return spec.metas.map((meta) => {
		const mine = rows.filter((r) => r.indicator_id === meta.indicator_id);
		const { norm, refs, focus, width } = spec;
		const facet = { meta, norm, refs, focus, height, width, locale: spec.locale };
		const target = spec.targets.find((t) => t.indicator_id === meta.indicator_id) ?? null;
		const base = { key: meta.indicator_id, label: meta.label, options: null };
		if (countryRows(mine).length === 0)
			return { ...base, empty: t.vNoValueFor(locale, { label: meta.label }) };
		if (spec.chart === 'slope') {
			const [a, b] = slopeYears(mine);
			if (a === b)
				return {
					...base,
					empty: t.vOnlyOneEdition(locale, { label: meta.label, year: a })
				};
		}
		const draw =
			spec.chart === 'bar' ? exploreBar : spec.chart === 'slope' ? exploreSlope : exploreLine;
		const points = draw === exploreLine ? linePoints(mine, facet) : undefined;
		return { ...base, options: draw(mine, { ...facet, target }), points };
	});
}

/** The years a chart draws: each year of a line or table, both ends of each slope, a bar's year. */
export function yearsDrawn(rows: readonly NormRow[], chart: ChartType): number[] {
	return [...new Set(drawnRows(rows, chart).map((r) => r.year))].sort((a, b) => a - b);
}

/** The rows whose breaks the chart shows: as drawn, and for a slope every year its lines span. */
export function visibleRows(rows: readonly NormRow[], chart: ChartType): NormRow[] {
	if (chart !== 'slope') return drawnRows(rows, chart);
	return perIndicator(rows, (mine) => {
		const [a, b] = slopeYears(mine);
		return (r) => r.year > a && r.year <= b;
	});
}

/** The years a panel of this chart type shows a country at, in words, and whether a row is in them. */
function shownYears(
	mine: readonly NormRow[],
	chart: ChartType,
	locale: Locale = 'en'
): [string, (r: NormRow) => boolean] {
	if (chart === 'bar' || chart === 'dots') {
		const year = latestYear(mine);
		return [t.vInYear(locale, { year }), (r) => r.year === year];
	}
	if (chart === 'slope') {
		const [a, b] = slopeYears(mine);
		return [t.vInYearOr(locale, { a, b }), (r) => r.year === a || r.year === b];
	}
	return [t.vInYearsChosen(locale), () => true];
}

/** The rows a chart draws, EU27 included: what its table view and CSV hold. */
export function drawnRows(rows: readonly NormRow[], chart: ChartType): NormRow[] {
	if (chart === 'line' || chart === 'table') return [...rows];
	return perIndicator(rows, (mine) => shownYears(countryRows(mine), chart)[1]);
}

/** Each indicator's rows kept by a test made from them; none for one no chosen country has. */
function perIndicator(
	rows: readonly NormRow[],
	keep: (mine: NormRow[]) => (r: NormRow) => boolean
): NormRow[] {
	const ids = [...new Set(rows.map((r) => r.indicator_id))];
	return ids.flatMap((id) => {
		const mine = rows.filter((r) => r.indicator_id === id);
		return countryRows(mine).length === 0 ? [] : mine.filter(keep(mine));
	});
}

/**
 * One sentence per indicator naming the chosen countries its panel leaves out for want of a value
 * (the UK after it left EU sources, Norway outside DESI), so that no country drops out unsaid.
 */
export function undrawnNotes(
	rows: readonly NormRow[],
	chart: ChartType,
	metas: readonly Pick<FacetMeta, 'indicator_id' | 'label'>[],
	chosen: readonly { country: string; name: string }[],
	locale: Locale = 'en'
): string[] {
	return metas.flatMap((meta) => {
		const mine = countryRows(rows.filter((r) => r.indicator_id === meta.indicator_id));
		if (mine.length === 0) return []; // the panel says so itself
		const [when, shown] = shownYears(mine, chart, locale);
		const drawn = new Set(mine.filter(shown).map((r) => r.country));
		const left = chosen.filter((c) => !drawn.has(c.country)).map((c) => c.name);
		if (left.length === 0) return [];
		const names =
			left.length > 6
				? t.vAndMore(locale, { names: left.slice(0, 6).join(', '), count: left.length - 6 })
				: left.join(', ');
		const say = left.length === 1 ? t.vUndrawnOne : t.vUndrawnMany;
		return [say(locale, { label: meta.label, when, names })];
	});
}
