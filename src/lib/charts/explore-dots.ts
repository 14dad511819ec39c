import { CHART_WIDTH } from './explore-size';
import * as Plot from '@observablehq/plot';
import { colorOf, EU_COLOR } from '$lib/catalog/colors';
import type { NormRow } from '$lib/data/explore-rows';
import { countryRows, ordinal, type FacetMeta } from './explore-format';
import { breakMarks } from './explore-marks';

export interface DotsSpec {
	metas: readonly FacetMeta[];
	/** Show the EU27 mean rank as a row of its own. */
	eu: boolean;
	width?: number;
}

interface Dot extends NormRow {
	facet: string;
	row: string;
}

const EU_ROW = 'EU27 (mean rank)';

/** Each indicator's rows in its latest edition with a value for a chosen country. */
export function latestRanks(rows: readonly NormRow[], spec: DotsSpec): Dot[] {
	return spec.metas.flatMap((meta) => {
		const mine = rows.filter((r) => r.indicator_id === meta.indicator_id);
		const years = countryRows(mine).map((r) => r.year);
		if (years.length === 0) return [];
		const year = Math.max(...years);
		return mine
			.filter((r) => r.year === year && (spec.eu || r.role === 'country'))
			.map((r) => ({
				...r,
				facet: `${meta.label} (${year})`,
				row: r.role === 'country' ? r.name : EU_ROW
			}));
	});
}

const rankText = (d: Dot) =>
	d.role === 'country' ? `${ordinal(d.value)} of ${d.n}` : `mean ${d.value.toFixed(1)}`;

/** 1 and round ranks up to the largest. */
export function rankTicks(max: number): number[] {
	const step = max > 100 ? 25 : max > 40 ? 10 : 5;
	const ticks = [1];
	for (let t = step; t <= max; t += step) ticks.push(t);
	return ticks;
}

/** In a sentence: each indicator's ranks, best first. */
export function describeDots(dots: readonly Dot[]): string {
	if (dots.length === 0) return 'Rank among countries assessed: no value for the countries chosen.';
	const facets = [...new Set(dots.map((d) => d.facet))];
	const parts = facets.map((f) => {
		const list = dots
			.filter((d) => d.facet === f && d.role === 'country')
			.sort((a, b) => a.value - b.value);
		return `${f}: ${list.map((d) => `${d.name} ${rankText(d)}`).join(', ')}`;
	});
	return `Rank among countries assessed (1 = best), latest edition. ${parts.join('; ')}.`;
}

/** Ranks on several indicators on one axis (ranks share a unit): a row per country, a panel per indicator. */
export function exploreDots(rows: readonly NormRow[], spec: DotsSpec): Plot.PlotOptions {
	const dots = latestRanks(rows, spec);
	const names = [...new Set(dots.filter((d) => d.role === 'country').map((d) => d.name))].sort();
	const rowsDomain = spec.eu && dots.some((d) => d.role !== 'country') ? [...names, EU_ROW] : names;
	const facets = [...new Set(dots.map((d) => d.facet))];
	const maxRank = Math.max(10, ...dots.map((d) => d.n ?? d.value));
	return {
		width: spec.width ?? CHART_WIDTH,
		height: 50 + facets.length * (16 + 18 * Math.max(1, rowsDomain.length)),
		marginLeft: 150,
		marginRight: 210,
		marginBottom: 40,
		ariaLabel: 'Rank among countries assessed (1 = best)',
		ariaDescription: describeDots(dots),
		style: { fontSize: '12px', overflow: 'visible' },
		x: {
			label: 'Rank among countries assessed (1 = best)',
			domain: [1, maxRank],
			grid: true,
			ticks: rankTicks(maxRank),
			tickFormat: 'd'
		},
		y: { label: null, domain: rowsDomain, padding: 0.3 },
		fy: { label: null, domain: facets, padding: 0.15 },
		marks: [
			Plot.axisFy({ anchor: 'right', lineWidth: 16, label: null, fontWeight: 600 }),
			Plot.frame({ stroke: '#ddd' }),
			Plot.ruleY(dots, { x1: 1, x2: 'value', y: 'row', fy: 'facet', stroke: '#ccc' }),
			Plot.dot(dots, {
				x: 'value',
				y: 'row',
				fy: 'facet',
				r: 5,
				fill: (d: Dot) => (d.role === 'country' ? colorOf(d.country) : EU_COLOR),
				symbol: (d: Dot) => (d.role === 'country' ? 'circle' : 'diamond'),
				title: (d: Dot) => `${d.name}, ${d.facet}: ${rankText(d)}`
			}),
			...breakMarks(dots, 'value', 'row', { fy: 'facet' }),
			Plot.text(dots, {
				x: 'value',
				y: 'row',
				fy: 'facet',
				text: rankText,
				dx: 9,
				textAnchor: 'start'
			})
		]
	};
}
