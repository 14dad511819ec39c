import { CHART_WIDTH } from './explore-size';
import { BREAK_DASH } from './break-lines';
import * as Plot from '@observablehq/plot';
import * as t from '$lib/i18n/pages/views';
import { colorOf, EU_COLOR } from '$lib/catalog/colors';
import type { NormRow } from '$lib/data/explore-rows';
import { describeSlope } from './explore-describe';
import {
	countryRows,
	euShown,
	formatter,
	reversed,
	valueDomain,
	valueLabel,
	type FacetSpec
} from './explore-format';
import { spreadValues } from './label-layout';
import { breakMarks, EU_STYLE, targetMarks } from './explore-marks';

const MARGIN = { top: 30, right: 170, bottom: 36, left: 170 };

/** The first and last years with a value for a chosen country: the slope chart's two years. */
export function slopeYears(rows: readonly NormRow[]): [number, number] {
	const years = countryRows(rows).map((r) => r.year);
	return [Math.min(...years), Math.max(...years)];
}

/** Countries whose series breaks after the first year, up to and including the last. */
export function brokenBetween(rows: readonly NormRow[], [a, b]: [number, number]): Set<string> {
	return new Set(
		rows.filter((r) => r.flag === 'break' && r.year > a && r.year <= b).map((r) => r.country)
	);
}

function sideLabels(ends: NormRow[], spec: FacetSpec, domain: [number, number], height: number) {
	const format = formatter(spec.meta, spec.norm);
	const ys = spreadValues(
		ends.map((e) => e.value),
		{ domain, reverse: reversed(spec), height, margin: MARGIN }
	);
	return ends.map((e, i) => ({
		year: e.year,
		value: ys[i] as number,
		text: `${e.role === 'country' ? e.name : t.vEu27Average(spec.locale ?? 'en')} ${format(e.value)}`,
		color: e.role === 'country' ? colorOf(e.country) : EU_COLOR
	}));
}

/** One indicator between two years: a line per country from the first year to the last. */
export function exploreSlope(
	rows: readonly NormRow[],
	spec: FacetSpec,
	years = slopeYears(rows)
): Plot.PlotOptions {
	const [a, b] = years;
	const height = spec.height ?? 420;
	const inYears = (r: NormRow) => r.year === a || r.year === b;
	const countries = countryRows(rows).filter(inYears);
	const eu = euShown(rows, spec.refs).filter(inYears);
	const drawn = [...countries, ...eu];
	const domain = valueDomain(drawn, spec);
	const broken = brokenBetween(rows, years);
	const label = (year: number) =>
		sideLabels(
			drawn.filter((r) => r.year === year),
			spec,
			domain,
			height
		);
	return {
		width: spec.width ?? CHART_WIDTH,
		height,
		marginTop: MARGIN.top,
		marginRight: MARGIN.right,
		marginBottom: MARGIN.bottom,
		marginLeft: MARGIN.left,
		ariaLabel: t.vTwoYears(spec.locale ?? 'en', {
			label: valueLabel(spec.meta, spec.norm, spec.locale),
			a,
			b
		}),
		ariaDescription: describeSlope(rows, spec, years),
		style: { fontSize: '12px', overflow: 'visible' },
		x: {
			type: 'point',
			domain: [a, b],
			label: t.vEditionYear(spec.locale ?? 'en'),
			tickFormat: 'd',
			padding: 0.05
		},
		y: {
			axis: null,
			label: valueLabel(spec.meta, spec.norm, spec.locale),
			domain,
			reverse: reversed(spec),
			grid: true
		},
		marks: [
			Plot.text([`↑ ${valueLabel(spec.meta, spec.norm, spec.locale)}`], {
				frameAnchor: 'top',
				dy: -20
			}),
			...targetMarks(spec, 'y'),
			Plot.line(eu, { x: 'year', y: 'value', ...EU_STYLE }),
			...[false, true].map((dashed) =>
				Plot.line(
					countries.filter((r) => broken.has(r.country) === dashed),
					{
						x: 'year',
						y: 'value',
						z: 'country',
						stroke: (d: NormRow) => colorOf(d.country),
						strokeWidth: 2.25,
						strokeDasharray: dashed ? BREAK_DASH : undefined
					}
				)
			),
			Plot.dot(drawn, {
				x: 'year',
				y: 'value',
				fill: (d: NormRow) => (d.role === 'country' ? colorOf(d.country) : EU_COLOR),
				r: 3,
				title: (d: NormRow) => `${d.name} ${d.year}: ${formatter(spec.meta, spec.norm)(d.value)}`
			}),
			...breakMarks(drawn, 'year', 'value'),
			Plot.text(label(a), {
				x: 'year',
				y: 'value',
				text: 'text',
				fill: 'color',
				dx: -8,
				textAnchor: 'end',
				fontWeight: 600
			}),
			Plot.text(label(b), {
				x: 'year',
				y: 'value',
				text: 'text',
				fill: 'color',
				dx: 8,
				textAnchor: 'start',
				fontWeight: 600
			})
		]
	};
}
