import * as Plot from '@observablehq/plot';
import { colorOf } from '$lib/catalog/colors';
import type { AnalysisPoint } from '$lib/data/analysis-points';
import { levelsOf } from '$lib/data/analysis-scale';
import type { Spearman } from '$lib/data/spearman';
import { spreadValues } from './label-layout';

export interface AnalysisSpec {
	feature: { label: string; scale: string };
	indicator: { label: string; unit: string };
	stat: Spearman;
	/** How the change was measured, e.g. "over each strategy's period". */
	period: string;
	/** Digits after the point for the change. */
	digits: number;
}

const HEIGHT = 380;
const MARGIN = { top: 48, right: 140, bottom: 70, left: 60 };

/** The change with its sign, e.g. "+0.021" or "−3.5". */
export const signed = (v: number, digits: number) =>
	`${v > 0 ? '+' : v < 0 ? '−' : '±'}${Math.abs(v).toFixed(digits)}`;

/** "ρ = 0.30, n = 5", or why rho is missing. */
export function rhoText({ rho, n }: Spearman): string {
	if (rho === null)
		return n < 3 ? `n = ${n}: too few for Spearman's ρ` : `ρ undefined (no spread), n = ${n}`;
	return `Spearman's ρ = ${signed(rho, 2).replace(/^[+±]/, '')}, n = ${n}`;
}

/** One sentence with the key numbers, for screen readers and the caption. */
export function describeAnalysis(points: readonly AnalysisPoint[], spec: AnalysisSpec): string {
	const measured = points.filter((p) => p.change !== null);
	const what = `${spec.feature.label} of each country's strategy against the change in ${spec.indicator.label} ${spec.period}`;
	if (measured.length === 0) return `${what}: no country has two editions in its period.`;
	const list = measured.map(
		(p) => `${p.name} ${p.code}, ${signed(p.change as number, spec.digits)}`
	);
	return `${what}: ${list.join('; ')}. ${rhoText(spec.stat)}.`;
}

function yDomain(values: number[]): [number, number] {
	const lo = Math.min(0, ...values);
	const hi = Math.max(0, ...values);
	const pad = (hi - lo || 1) * 0.08;
	return [lo - pad, hi + pad];
}

function labels(points: AnalysisPoint[], domain: [number, number], digits: number) {
	const axis = { domain, reverse: false, height: HEIGHT, margin: MARGIN };
	return [...new Set(points.map((p) => p.code))].flatMap((code) => {
		const group = points.filter((p) => p.code === code);
		const ys = spreadValues(
			group.map((p) => p.change as number),
			axis,
			14
		);
		return group.map((p, i) => ({
			code,
			y: ys[i] as number,
			text: `${p.name} ${signed(p.change as number, digits)}`,
			color: colorOf(p.country)
		}));
	});
}

/** Each country a dot: its strategy's code on the feature (x) against the benchmark's change (y). */
export function analysisChart(
	points: readonly AnalysisPoint[],
	spec: AnalysisSpec
): Plot.PlotOptions {
	const measured = points.filter((p) => p.change !== null);
	const levels = levelsOf(spec.feature.scale);
	const domain = yDomain(measured.map((p) => p.change as number));
	const labelOf = new Map(levels.map((l) => [l.code, l.label]));
	return {
		width: 560,
		height: HEIGHT,
		marginTop: MARGIN.top,
		marginRight: MARGIN.right,
		marginBottom: MARGIN.bottom,
		marginLeft: MARGIN.left,
		ariaLabel: `${spec.feature.label} against the change in ${spec.indicator.label}`,
		ariaDescription: describeAnalysis(points, spec),
		style: { fontSize: '12px', overflow: 'visible' },
		x: {
			type: 'point',
			domain: levels.map((l) => l.code),
			tickFormat: (c: string) => (labelOf.get(c) ?? c).replaceAll(' ', '\n'),
			label: `${spec.feature.label} (code at the strategy's start)`,
			labelAnchor: 'center',
			padding: 0.4
		},
		y: { label: `Change in ${spec.indicator.label} (${spec.indicator.unit})`, grid: true, domain },
		marks: [
			Plot.ruleY([0], { stroke: '#888' }),
			Plot.dot(measured, {
				x: 'code',
				y: 'change',
				r: 6,
				fill: (d: AnalysisPoint) => colorOf(d.country),
				stroke: 'var(--chart-paper, white)',
				title: (d: AnalysisPoint) =>
					`${d.name}: ${d.title} (${d.start_year}), code ${d.code}; ${d.from_year}–${d.to_year} ${signed(d.change as number, spec.digits)}`
			}),
			Plot.text(labels(measured, domain, spec.digits), {
				x: 'code',
				y: 'y',
				text: 'text',
				fill: 'color',
				dx: 10,
				textAnchor: 'start',
				fontWeight: 600
			}),
			Plot.text([rhoText(spec.stat)], { frameAnchor: 'top-right', dy: -22, fontWeight: 600 })
		]
	};
}
