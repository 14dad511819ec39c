import { CHART_WIDTH } from './explore-size';
import * as Plot from '@observablehq/plot';
import { colorOf, EU_COLOR } from '$lib/catalog/colors';
import type { NormRow } from '$lib/data/explore-rows';
import * as t from '$lib/i18n/pages/views';
import { describeBar } from './explore-describe';
import {
	countryRows,
	euShown,
	formatter,
	bestFirst,
	tickFormat,
	valueDomain,
	valueLabel,
	type FacetSpec
} from './explore-format';
import { breakMarks, EU_STYLE, targetMarks } from './explore-marks';
import { rankScale } from './rank-axis';

/** The latest year with a value for a chosen country: the bar chart's year. */
export const latestYear = (rows: readonly NormRow[]) =>
	Math.max(...countryRows(rows).map((r) => r.year));

/** One indicator in one year: a bar per country, best at the top, the EU27 and target as rules. */
export function exploreBar(
	rows: readonly NormRow[],
	spec: FacetSpec,
	year = latestYear(rows)
): Plot.PlotOptions {
	const format = formatter(spec.meta, spec.norm);
	const bars = countryRows(rows)
		.filter((r) => r.year === year)
		.sort(bestFirst(spec));
	const eu = euShown(rows, spec.refs).filter((r) => r.year === year);
	const [lo, hi] = valueDomain([...bars, ...eu], spec);
	// Room left of the shortest negative bar for its label, which sits outside the bar's end.
	const room = bars.some((d) => d.value < 0) ? (hi - Math.min(0, lo)) * 0.15 : 0;
	const ranks = spec.norm === 'rank';
	// Ranks are positions, not amounts: a dot at the rank on a line from first place, as in the dot
	// plot, not a bar from 0 whose length would grow with the worse standing.
	const scale = ranks ? rankScale(hi) : { domain: [Math.min(0, lo) - room, hi] };
	const locale = spec.locale ?? 'en';
	const label = (d: NormRow) =>
		`${format(d.value)}${d.flag === 'break' ? ` ${t.vBreak(locale)}` : ''}`;
	return {
		width: spec.width ?? CHART_WIDTH,
		height: 60 + 24 * Math.max(1, bars.length),
		marginLeft: 150,
		marginRight: 70,
		marginTop: 30,
		marginBottom: 40,
		ariaLabel: `${valueLabel(spec.meta, spec.norm, spec.locale)}, ${year}`,
		ariaDescription: describeBar(rows, spec, year),
		style: { fontSize: '12px', overflow: 'visible' },
		x: {
			label: `${valueLabel(spec.meta, spec.norm, spec.locale)}, ${year}`,
			grid: true,
			tickFormat: tickFormat(spec),
			...scale
		},
		y: { label: null, domain: bars.map((r) => r.name), padding: 0.25 },
		marks: [
			...(ranks
				? [
						Plot.ruleY(bars, {
							x1: 1,
							x2: 'value',
							y: 'name',
							stroke: 'var(--chart-rule, #cccccc)'
						}),
						Plot.dot(bars, {
							x: 'value',
							y: 'name',
							r: 5,
							fill: (d: NormRow) => colorOf(d.country),
							title: (d: NormRow) => `${d.name} ${d.year}: ${label(d)}`
						})
					]
				: [
						Plot.barX(bars, {
							x: 'value',
							y: 'name',
							fill: (d: NormRow) => colorOf(d.country),
							title: (d: NormRow) => `${d.name} ${d.year}: ${label(d)}`
						})
					]),
			// Labels beyond each bar's end: right of a positive bar, left of a negative one.
			Plot.text(
				bars.filter((d) => d.value >= 0),
				{ x: 'value', y: 'name', text: label, dx: ranks ? 9 : 4, textAnchor: 'start' }
			),
			Plot.text(
				bars.filter((d) => d.value < 0),
				{ x: 'value', y: 'name', text: label, dx: -4, textAnchor: 'end' }
			),
			...breakMarks(bars, 'value', 'name'),
			Plot.ruleX(eu, { x: 'value', ...EU_STYLE }),
			Plot.text(eu, {
				x: 'value',
				frameAnchor: 'top',
				dy: -8,
				text: (d: NormRow) => t.vEu27AverageValue(locale, { value: format(d.value) }),
				fill: EU_COLOR
			}),
			...targetMarks(spec, 'x'),
			ranks ? null : Plot.ruleX([0])
		]
	};
}
