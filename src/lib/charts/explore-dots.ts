import { CHART_WIDTH } from './explore-size';
import * as Plot from '@observablehq/plot';
import { colorOf, EU_COLOR } from '$lib/catalog/colors';
import type { NormRow } from '$lib/data/explore-rows';
import { countryRows, type FacetMeta } from './explore-format';
import { breakMarks } from './explore-marks';
import type { Locale } from '$lib/i18n/locales';
import * as t from '$lib/i18n/pages/views';
import { ordinalIn as rankOrdinal } from '$lib/data/country-summary';
import { rankScale } from './rank-axis';

export interface DotsSpec {
	meta: FacetMeta;
	/** Show the EU27 mean rank as a row of its own. */
	eu: boolean;
	/**
	 * The countries to give a row, in order: every panel lists the same ones, so that rows line up
	 * and a country the source did not rank that year says so instead of vanishing.
	 */
	names: readonly string[];
	width?: number;
	/** The language of the chart's words (default English). */
	locale?: Locale;
}

interface Dot extends NormRow {
	row: string;
}

/** The latest edition in which a chosen country has a rank, or null if none has. */
export function latestRankYear(rows: readonly NormRow[]): number | null {
	const years = countryRows(rows).map((r) => r.year);
	return years.length ? Math.max(...years) : null;
}

/** The rows of that edition, each with the chart row it sits on. */
function latestRanks(rows: readonly NormRow[], year: number, eu: boolean, euRow: string): Dot[] {
	return rows
		.filter((r) => r.year === year && (eu || r.role === 'country'))
		.map((r) => ({ ...r, row: r.role === 'country' ? r.name : euRow }));
}

/** "3rd of 37" for a country, "mean 12.4" for the EU27. */
const rankText = (locale: Locale) => (d: Dot) =>
	d.role === 'country'
		? t.vRankOfN(locale, { rank: rankOrdinal(d.value, locale), n: String(d.n) })
		: t.vMeanRank(locale, { value: d.value.toFixed(1) });

/** In a sentence: the ranks, best first, and who has none. */
export function describeDots(
	label: string,
	dots: readonly Dot[],
	unranked: readonly string[],
	locale: Locale = 'en'
) {
	const list = dots.filter((d) => d.role === 'country').sort((a, b) => a.value - b.value);
	const eu = dots.find((d) => d.role !== 'country');
	const text = rankText(locale);
	return (
		t.vDotsDescription(locale, {
			label,
			list: list.map((d) => `${d.name} ${text(d)}`).join(', ')
		}) +
		(eu ? `; ${t.vGroupEu27(locale)} ${text(eu)}` : '') +
		(unranked.length ? `; ${t.vNoRankList(locale, { names: unranked.join(', ') })}` : '') +
		'.'
	);
}

/**
 * One indicator's ranks in its latest edition: a row per country on an axis from 1 to the number
 * of countries assessed. Each indicator has its own panel because the sources rank different
 * numbers of countries (193 in the UN survey, about 35 in the EU benchmark): on one shared axis
 * 26th of 37 would sit to the left of 56th of 193, though it is the weaker standing.
 */
export function exploreDots(rows: readonly NormRow[], spec: DotsSpec): Plot.PlotOptions | null {
	const year = latestRankYear(rows);
	if (year === null) return null;
	const locale = spec.locale ?? 'en';
	const EU_ROW = t.vEu27MeanRank(locale);
	const rankOf = rankText(locale);
	const dots = latestRanks(rows, year, spec.eu, EU_ROW);
	const ranked = new Set(dots.map((d) => d.row));
	const unranked = spec.names.filter((n) => !ranked.has(n));
	const hasEu = ranked.has(EU_ROW);
	const domain = hasEu ? [...spec.names, EU_ROW] : [...spec.names];
	const assessed = Math.max(...dots.map((d) => d.n ?? d.value));
	const label = `${spec.meta.label} (${year})`;
	const axis = t.vDotsAxis(locale, { count: assessed, year });
	return {
		width: spec.width ?? CHART_WIDTH,
		height: 60 + 22 * Math.max(1, domain.length),
		marginLeft: 150,
		marginRight: 90,
		marginBottom: 40,
		ariaLabel: t.vDotsLabel(locale, { label }),
		ariaDescription: describeDots(label, dots, unranked, locale),
		style: { fontSize: '12px', overflow: 'visible' },
		x: { label: axis, grid: true, tickFormat: 'd', ...rankScale(assessed) },
		y: { label: null, domain, padding: 0.3 },
		marks: [
			Plot.frame({ stroke: 'var(--chart-rule, #dddddd)' }),
			Plot.ruleY(dots, { x1: 1, x2: 'value', y: 'row', stroke: 'var(--chart-rule, #cccccc)' }),
			Plot.dot(dots, {
				x: 'value',
				y: 'row',
				r: 5,
				fill: (d: Dot) => (d.role === 'country' ? colorOf(d.country) : EU_COLOR),
				symbol: (d: Dot) => (d.role === 'country' ? 'circle' : 'diamond'),
				title: (d: Dot) => `${d.name}, ${label}: ${rankOf(d)}`
			}),
			...breakMarks(dots, 'value', 'row'),
			Plot.text(dots, { x: 'value', y: 'row', text: rankOf, dx: 9, textAnchor: 'start' }),
			Plot.text(unranked, {
				x: 1,
				y: (n: string) => n,
				text: () => t.vNoRankIn(locale, { year }),
				dx: 4,
				textAnchor: 'start',
				fill: 'var(--muted, #555555)',
				fontStyle: 'italic'
			})
		]
	};
}
