import * as Plot from '@observablehq/plot';
import { EU_COLOR } from '$lib/catalog/colors';
import { brokenLines } from './break-lines';
import type { ChartPoint } from './chart-points';
import { focusOf, type Focus } from './focus';
import { linePointer } from './line-pointer';
import { END_LABEL, spreadValues } from './label-layout';
import { RANK_INSET, rankScale } from './rank-axis';
import type { Locale } from '$lib/i18n/locales';
import * as t from '$lib/i18n/pages/views';

export type { SeriesRow } from '$lib/queries/series';
import type { SeriesRow } from '$lib/queries/series';

export interface LineSpec {
	/** What the values are: the chart's accessible name, and its axis title unless `yAxis`. */
	yLabel: string;
	/** The value axis title, where the chart's title already names the indicator: its unit. */
	yAxis?: string;
	/** Ranks: 1 at the top. */
	reverse?: boolean;
	domain?: [number, number];
	xDomain?: [number, number];
	format?: (v: number) => string;
	description: string;
	width?: number;
	height?: number;
	/** Marks drawn over the lines, under the labels (e.g. strategy launches). */
	extraMarks?: Plot.Markish[];
	/** The EU27 line's label (default "EU27 average"; a rank view draws the mean rank). */
	euLabel?: string;
	/**
	 * A tip for the point nearest the pointer, reading its value in this unit; without it, none
	 * (charts drawn only at build time).
	 */
	tipUnit?: string;
	/** The language of the chart's own words (default English). */
	locale?: Locale;
}

const MARGIN = { top: 20, right: 130, bottom: 36, left: 52 };

interface Label {
	x: number;
	y: number;
	text: string;
	color: string;
}

function endLabels(
	rows: SeriesRow[],
	spec: LineSpec,
	domain: [number, number],
	height: number,
	focus: Focus
): Label[] {
	const last = new Map<string, SeriesRow>();
	for (const r of rows)
		if ((last.get(r.country)?.year ?? -Infinity) <= r.year) last.set(r.country, r);
	const ends = [...last.values()].filter((e) => e.role !== 'country' || focus.has(e.country));
	const ys = spreadValues(
		ends.map((e) => e.value),
		{
			domain,
			reverse: !!spec.reverse,
			height,
			margin: MARGIN,
			inset: spec.reverse ? RANK_INSET : 0
		}
	);
	return ends.map((e, i) => ({
		x: e.year,
		y: ys[i] as number,
		text: e.role === 'country' ? e.name : (spec.euLabel ?? t.vEu27Average(spec.locale ?? 'en')),
		color: e.role === 'country' ? focus.color(e.country) : EU_COLOR
	}));
}

/** The last point of each country's line, best first. */
function bestFirst(countries: readonly SeriesRow[], reverse: boolean): string[] {
	const last = new Map<string, SeriesRow>();
	for (const r of countries)
		if ((last.get(r.country)?.year ?? -Infinity) <= r.year) last.set(r.country, r);
	return [...last.values()]
		.sort((a, b) => (reverse ? a.value - b.value : b.value - a.value))
		.map((r) => r.country);
}

/** What a point reads in the tip and to the keyboard: country, year, value and unit. */
function tipText(spec: LineSpec, unit: string): (d: SeriesRow) => string {
	return (d) =>
		`${d.role === 'country' ? d.name : (spec.euLabel ?? t.vEu27Average(spec.locale ?? 'en'))}, ${d.year}\n` +
		`${spec.format ? spec.format(d.value) : d.value} (${unit})`;
}

/** The points of a line chart that arrow keys reach, with what each reads. */
export function seriesPoints(rows: readonly SeriesRow[], spec: LineSpec): ChartPoint[] {
	const text = tipText(spec, spec.tipUnit ?? '');
	return rows.map((d) => ({
		series: d.country,
		x: d.year,
		y: d.value,
		text: text(d).replace('\n', '. ')
	}));
}

function yDomain(rows: SeriesRow[], spec: LineSpec): [number, number] {
	if (spec.domain) return spec.domain;
	const values = rows.map((r) => r.value);
	const lo = Math.min(...values);
	const hi = Math.max(...values);
	return spec.reverse ? rankScale(hi).domain : [Math.min(0, lo), hi];
}

/**
 * Time series of one indicator, one labelled line per country, the EU27 average dashed; beyond
 * eight countries the five are coloured and labelled and the rest drawn as grey context.
 */
export function lineChart(rows: SeriesRow[], spec: LineSpec): Plot.PlotOptions {
	const width = spec.width ?? 760;
	const height = spec.height ?? 420;
	const countries = rows.filter((r) => r.role === 'country');
	const eu = rows.filter((r) => r.role !== 'country');
	const domain = yDomain(rows, spec);
	const focus = focusOf(bestFirst(countries, !!spec.reverse));
	const named = countries.filter((r) => focus.has(r.country));
	const context = countries.filter((r) => !focus.has(r.country));
	return {
		width,
		height,
		margin: undefined,
		marginTop: MARGIN.top,
		marginRight: MARGIN.right,
		marginBottom: MARGIN.bottom,
		marginLeft: MARGIN.left,
		ariaLabel: spec.yLabel,
		ariaDescription: spec.description,
		style: { fontSize: '12px', overflow: 'visible' },
		x: {
			label: t.vEdition(spec.locale ?? 'en'),
			tickFormat: 'd',
			domain: spec.xDomain,
			nice: false
		},
		y: {
			label: spec.yAxis ?? spec.yLabel,
			grid: true,
			reverse: spec.reverse,
			domain,
			tickFormat: spec.format,
			...(spec.reverse ? { ticks: rankScale(domain[1]).ticks, inset: RANK_INSET } : {})
		},
		marks: [
			...brokenLines(eu, { stroke: () => EU_COLOR, strokeDasharray: '5,4', strokeWidth: 1.5 }),
			// A line through one point draws nothing: a lone edition gets a dot.
			eu.length === 1 ? Plot.dot(eu, { x: 'year', y: 'value', fill: EU_COLOR, r: 2.5 }) : null,
			...brokenLines(context, { stroke: focus.color, strokeWidth: 1 }),
			...brokenLines(named, { stroke: focus.color, strokeWidth: 2.25 }),
			Plot.dot(named, {
				x: 'year',
				y: 'value',
				fill: (d: SeriesRow) => focus.color(d.country),
				r: 2.5,
				title: (d: SeriesRow) =>
					`${d.name} ${d.year}: ${spec.format ? spec.format(d.value) : d.value}`
			}),
			...(spec.extraMarks ?? []),
			Plot.text(endLabels(rows, spec, domain, height, focus), END_LABEL),
			...(spec.tipUnit === undefined
				? []
				: linePointer(rows, {
						stroke: (d) =>
							d.role !== 'country'
								? EU_COLOR
								: focus.has(d.country)
									? focus.color(d.country)
									: 'var(--chart-ink, #111111)',
						tip: tipText(spec, spec.tipUnit)
					}))
		]
	};
}
