import * as Plot from '@observablehq/plot';
import { colorOf, EU_COLOR } from '$lib/catalog/colors';
import type { IndicatorMeta } from '$lib/catalog/indicators';
import { fixed } from '$lib/data/signed';
import type { Locale } from '$lib/i18n/locales';
import { wordEdition } from '$lib/i18n/words';
import * as t from '$lib/i18n/pages/views';
import type { ProfileRow } from '$lib/queries/country-profile';
import type { SeriesRow } from './line-chart';
import { brokenLines } from './break-lines';
import { panelLaunches } from './overview-multiples';
import {
	describeLaunches,
	placeLaunches,
	strategyMarks,
	type StrategyLaunch
} from './strategy-marks';

type Meta = Pick<IndicatorMeta, 'label' | 'unit' | 'family'>;

export interface HeadlineSpec {
	country: string;
	name: string;
	meta: Meta;
	digits: number;
	/**
	 * The country's strategies, agreements and laws, marked on its line in their launch year (as on
	 * the home page), so that a trend can be read against them.
	 */
	launches?: readonly StrategyLaunch[];
}

interface Point {
	who: string;
	/** Who, as a key for the line (the country, or EU27). */
	country: string;
	year: number;
	value: number;
	flag: string | null;
}

/** One sentence with the key numbers of a headline panel. */
export function describeHeadline(
	rows: readonly ProfileRow[],
	spec: HeadlineSpec,
	locale: Locale = 'en'
): string {
	const first = rows[0];
	const last = rows.at(-1);
	if (!first || !last)
		return t.vNoValueForName(locale, { label: spec.meta.label, name: spec.name });
	const f = (v: number) => fixed(v, spec.digits, locale);
	const eu =
		last.eu27_value === null ? '' : ` ${t.vEu27AverageIn(locale, { value: f(last.eu27_value) })}`;
	const rank =
		last.rank === null
			? t.vNotRanked(locale)
			: t.vRankNOf(locale, { rank: last.rank, n: String(last.n) });
	const text = t.vDescHeadline(locale, {
		name: spec.name,
		label: spec.meta.label,
		unit: spec.meta.unit,
		first: f(first.value),
		firstYear: first.year,
		last: f(last.value),
		lastYear: last.year,
		eu,
		rank
	});
	if (!spec.launches) return text;
	const marked = panelLaunches(spec.launches);
	return `${text} ${describeLaunches(placeLaunches(lineOf(rows, spec), marked), marked.length, locale)}`;
}

/** The country's values as a series, for placing its launches on the line. */
const lineOf = (rows: readonly ProfileRow[], spec: HeadlineSpec): SeriesRow[] =>
	rows.map((r) => ({
		country: spec.country,
		name: spec.name,
		year: r.year,
		value: r.value,
		role: 'country'
	}));

/** A small trend panel: the country's line and the EU27 average dashed, both labelled. */
export function countryHeadlineChart(
	rows: readonly ProfileRow[],
	spec: HeadlineSpec,
	locale: Locale = 'en'
): Plot.PlotOptions {
	const own: Point[] = rows.map((r) => ({
		who: spec.name,
		country: spec.country,
		year: r.year,
		value: r.value,
		flag: r.flag
	}));
	// The EU27 average changes method with the countries it averages: the same break.
	const eu: Point[] = rows.flatMap((r) =>
		r.eu27_value === null
			? []
			: [{ who: 'EU27', country: 'EU27', year: r.year, value: r.eu27_value, flag: r.flag }]
	);
	const ends = [own.at(-1), eu.at(-1)].filter((p): p is Point => !!p);
	const higher = ends.reduce<Point | undefined>(
		(a, p) => (!a || p.value > a.value ? p : a),
		undefined
	);
	const color = (p: Point) => (p.who === 'EU27' ? EU_COLOR : colorOf(spec.country));
	return {
		width: 300,
		height: 170,
		marginTop: 16,
		marginRight: 90,
		marginBottom: 30,
		marginLeft: 44,
		ariaLabel: t.vHeadlineFor(locale, { label: spec.meta.label, name: spec.name }),
		ariaDescription: describeHeadline(rows, spec, locale),
		style: { fontSize: '11px', overflow: 'visible' },
		x: { label: wordEdition(locale), tickFormat: 'd', ticks: 4 },
		y: {
			label: spec.meta.unit,
			grid: true,
			nice: true,
			ticks: 4,
			tickFormat: (v: number) => fixed(v, Math.min(spec.digits, 2), locale)
		},
		marks: [
			...brokenLines(eu, { stroke: () => EU_COLOR, strokeDasharray: '4,3', strokeWidth: 1.25 }),
			...brokenLines(own, { stroke: () => colorOf(spec.country), strokeWidth: 2 }),
			Plot.dot(own, {
				x: 'year',
				y: 'value',
				r: 2,
				fill: colorOf(spec.country),
				title: (p: Point) => `${p.who} ${p.year}: ${fixed(p.value, spec.digits, locale)}`
			}),
			...(spec.launches
				? strategyMarks(placeLaunches(lineOf(rows, spec), panelLaunches(spec.launches)), locale)
				: []),
			...ends.map((p) =>
				Plot.text([p], {
					x: 'year',
					y: 'value',
					text: (d: Point) => (d.who === 'EU27' ? t.vEu27Average(locale) : spec.name),
					fill: color(p),
					dx: 6,
					dy: p === higher ? -6 : 6,
					textAnchor: 'start',
					fontWeight: 600
				})
			)
		]
	};
}
