import { CHART_WIDTH } from './explore-size';
import * as Plot from '@observablehq/plot';
import { EU_COLOR } from '$lib/catalog/colors';
import type { NormRow } from '$lib/data/explore-rows';
import { brokenLines } from './break-lines';
import type { ChartPoint } from './chart-points';
import { describeLine } from './explore-describe';
import { focusOf } from './focus';
import { END_LABEL } from './label-layout';
import { RANK_INSET, rankScale } from './rank-axis';
import {
	countryRows,
	euShown,
	formatter,
	reversed,
	bestFirst,
	tickFormat,
	unitOf,
	valueDomain,
	valueLabel,
	type FacetSpec
} from './explore-format';
import { endLabels, lastPoints } from './explore-labels';
import { linePointer } from './line-pointer';
import * as t from '$lib/i18n/pages/views';
import { breakMarks, EU_STYLE, targetMarks } from './explore-marks';

const MARGIN = { top: 24, right: 140, bottom: 36, left: 56 };

/** What a point of a line reads in its tip and to the keyboard: country, year, value and unit. */
function tipText(spec: Pick<FacetSpec, 'meta' | 'norm' | 'locale'>): (d: NormRow) => string {
	const format = formatter(spec.meta, spec.norm);
	const locale = spec.locale ?? 'en';
	const unit = unitOf(spec.meta, spec.norm, locale);
	return (d) =>
		`${d.role === 'country' ? d.name : t.vEu27Average(locale)}, ${d.year}\n${format(d.value)} (${unit})` +
		(d.flag === 'break' ? `\n${t.vNewSeries(locale)}` : '');
}

/** The points of a line chart that arrow keys reach, in the order of the tip's data. */
export function linePoints(
	rows: readonly NormRow[],
	spec: Pick<FacetSpec, 'meta' | 'norm' | 'refs' | 'locale'>
): ChartPoint[] {
	const text = tipText(spec);
	return [...countryRows(rows), ...euShown(rows, spec.refs)].map((d) => ({
		series: d.country,
		x: d.year,
		y: d.value,
		text: text(d).replaceAll('\n', '. ')
	}));
}

/** One indicator over the editions: a labelled line per country, the EU27 dashed, breaks ringed. */
export function exploreLine(rows: readonly NormRow[], spec: FacetSpec): Plot.PlotOptions {
	const width = spec.width ?? CHART_WIDTH;
	const height = spec.height ?? 400;
	const all = countryRows(rows);
	const eu = euShown(rows, spec.refs);
	const drawn = [...all, ...eu];
	const domain = valueDomain(drawn, spec);
	const reverse = reversed(spec);
	const inset = spec.norm === 'rank' ? RANK_INSET : 0;
	const ranked = lastPoints(all).sort(bestFirst(spec));
	const focus = focusOf(
		ranked.map((r) => r.country),
		spec.focus
	);
	const countries = all.filter((r) => focus.has(r.country));
	const context = all.filter((r) => !focus.has(r.country));
	const format = formatter(spec.meta, spec.norm);
	const color = (d: NormRow) => (d.role === 'country' ? focus.color(d.country) : EU_COLOR);
	const years = drawn.map((r) => r.year);
	const title = (d: NormRow) =>
		`${d.name} ${d.year}: ${format(d.value)}${d.flag === 'break' ? ` ${t.vSeriesBreak(spec.locale ?? 'en')}` : ''}`;
	return {
		width,
		height,
		marginTop: MARGIN.top,
		marginRight: MARGIN.right,
		marginBottom: MARGIN.bottom,
		marginLeft: MARGIN.left,
		ariaLabel: valueLabel(spec.meta, spec.norm, spec.locale),
		ariaDescription: describeLine(rows, spec),
		style: { fontSize: '12px', overflow: 'visible' },
		x: {
			label: t.vEditionYear(spec.locale ?? 'en'),
			tickFormat: 'd',
			domain: years.length ? [Math.min(...years), Math.max(...years)] : undefined,
			nice: false,
			// At most one tick per 50 px of plot, so that narrow charts keep their years apart.
			ticks: Math.min(
				10,
				new Set(years).size,
				Math.max(2, Math.floor((width - MARGIN.left - MARGIN.right) / 50))
			)
		},
		y: {
			label: valueLabel(spec.meta, spec.norm, spec.locale),
			grid: true,
			reverse,
			domain,
			tickFormat: tickFormat(spec),
			...(spec.norm === 'rank' ? { ticks: rankScale(domain[1]).ticks, inset } : {})
		},
		marks: [
			...targetMarks(spec, 'y'),
			spec.norm === 'index' ? Plot.ruleY([100], { stroke: 'var(--faint, #999999)' }) : null,
			...brokenLines(eu, { ...EU_STYLE, stroke: () => EU_COLOR }),
			Plot.dot(eu, { x: 'year', y: 'value', fill: EU_COLOR, r: 2, title }),
			...brokenLines(context, { stroke: focus.color, strokeWidth: 1 }),
			...brokenLines(countries, { stroke: focus.color, strokeWidth: 2.25 }),
			Plot.dot(countries, { x: 'year', y: 'value', fill: color, r: 2.75, title }),
			...breakMarks([...countries, ...eu], 'year', 'value'),
			Plot.text(
				endLabels([...countries, ...eu], {
					domain,
					reverse,
					height,
					margin: MARGIN,
					inset,
					max: Infinity,
					color: focus.color,
					locale: spec.locale
				}),
				END_LABEL
			),
			...linePointer(drawn, {
				stroke: (d) => (focus.has(d.country) ? color(d) : 'var(--chart-ink, #111111)'),
				tip: tipText(spec)
			})
		]
	};
}
