import * as Plot from '@observablehq/plot';
import { EU_COLOR } from '$lib/catalog/colors';
import type { NormRow } from '$lib/data/explore-rows';
import { breakRows, targetLevel, type FacetSpec } from './explore-format';
import * as t from '$lib/i18n/pages/views';

export const TARGET_COLOR = 'var(--chart-target, #2E7D32)';

/** A horizontal (or vertical) target line with its label, where the normalisation gives it a level. */
export function targetMarks(spec: FacetSpec, axis: 'x' | 'y'): Plot.Markish[] {
	const level = targetLevel(spec);
	if (level === null || !spec.target) return [];
	const text =
		spec.norm === 'gap'
			? t.vTargetReached(spec.locale ?? 'en', { year: spec.target.target_year })
			: t.vTargetLevel(spec.locale ?? 'en', {
					year: spec.target.target_year,
					value: spec.target.target_value
				});
	const style = { stroke: TARGET_COLOR, strokeDasharray: '2,3', strokeWidth: 1.5 };
	return axis === 'y'
		? [
				Plot.ruleY([level], style),
				Plot.text([text], {
					frameAnchor: 'left',
					y: () => level,
					dy: -7,
					dx: 4,
					fill: TARGET_COLOR,
					textAnchor: 'start'
				})
			]
		: [
				Plot.ruleX([level], style),
				Plot.text([text], {
					frameAnchor: 'top',
					x: () => level,
					dy: -20,
					fill: TARGET_COLOR,
					textAnchor: 'middle'
				})
			];
}

/** Rings around values that start a new series (method change); the frame's footnote explains. */
export function breakMarks(
	rows: readonly NormRow[],
	x: string,
	y: string,
	extra: Plot.DotOptions = {}
): Plot.Markish[] {
	const breaks = breakRows(rows);
	return breaks.length
		? [
				Plot.dot(breaks, {
					x,
					y,
					r: 6.5,
					stroke: 'var(--chart-ink, #111111)',
					strokeWidth: 1.25,
					fill: 'none',
					...extra
				})
			]
		: [];
}

export const EU_STYLE = { stroke: EU_COLOR, strokeDasharray: '5,4', strokeWidth: 1.5 };
