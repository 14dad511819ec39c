import * as Plot from '@observablehq/plot';
import { levelsOf } from '$lib/data/analysis-scale';
import type { LevelMedian } from '$lib/data/event-medians';
import type { EventStrategy } from '$lib/data/event-strategies';
import { intlTag } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locales';
import * as m from '$lib/i18n/pages/research';

export interface EventChartSpec {
	scale: string;
	featureLabel: string;
	/** The y axis, e.g. "places gained in the E-Government Development Index ranking". */
	measureLabel: string;
	description: string;
	before: number;
	after: number;
	/** The language of the axis labels (default English). */
	locale?: Locale;
}

/* Custom properties of src/lib/styles/tokens.css, with the light colour as fallback. */
const ORDINAL_COLORS = [
	'var(--level-0, #8a8a8a)',
	'var(--level-1, #4a90c2)',
	'var(--level-2, #2171b5)',
	'var(--level-3, #08306b)'
];
const NOMINAL_COLORS = [
	'var(--level-0, #8a8a8a)',
	'var(--level-c, #c2410c)',
	'var(--level-n, #15803d)',
	'var(--level-d, #6d28d9)'
];
const RULE = 'var(--chart-axis-rule, #888888)';

/** Ticks in a language's conventions: up to three decimals, a true minus sign. */
const numberIn = (tag: string) => {
	const format = new Intl.NumberFormat(tag, { maximumFractionDigits: 3 });
	return (v: number) => format.format(v).replace('-', '−');
};

/** Each level's colour: a sequential ramp for 0–3, distinct hues for C/N/D. */
export function levelColors(scale: string): { domain: string[]; range: string[] } {
	const levels = levelsOf(scale);
	return {
		domain: levels.map((l) => l.code),
		range: scale === 'coordination' ? NOMINAL_COLORS : ORDINAL_COLORS
	};
}

interface PathPoint {
	id: string;
	code: string;
	t: number;
	change: number;
}

/**
 * Event-aligned paths: every measured strategy's change since its base edition against years
 * since launch (thin), and the median per level of the feature (thick, with how many strategies).
 */
export function eventChart(
	strategies: readonly EventStrategy[],
	medians: readonly LevelMedian[],
	spec: EventChartSpec
): Plot.PlotOptions {
	const paths: PathPoint[] = strategies.flatMap((s) =>
		s.change === null
			? []
			: s.path.map((p) => ({ id: s.strategy_id, code: s.code, t: p.t, change: p.change }))
	);
	return {
		width: 640,
		height: 400,
		marginTop: 28,
		marginRight: 24,
		marginBottom: 44,
		marginLeft: 56,
		ariaLabel: m.rEventTitle(spec.locale ?? 'en', {
			feature: spec.featureLabel,
			measure: spec.measureLabel
		}),
		ariaDescription: spec.description,
		style: { fontSize: '12px', overflow: 'visible' },
		x: {
			label: m.rYearsSinceLaunch(spec.locale ?? 'en'),
			domain: [-spec.before, spec.after],
			labelAnchor: 'center'
		},
		y: {
			label: `↑ ${spec.measureLabel}`,
			grid: true,
			nice: true,
			// English keeps Plot's own ticks; the other languages write their decimal comma.
			...(spec.locale && spec.locale !== 'en' ? { tickFormat: numberIn(intlTag(spec.locale)) } : {})
		},
		color: {
			type: 'categorical',
			...levelColors(spec.scale)
		},
		marks: [
			Plot.ruleY([0], { stroke: RULE }),
			Plot.ruleX([0], { stroke: RULE, strokeDasharray: '3,3' }),
			Plot.line(paths, {
				x: 't',
				y: 'change',
				z: 'id',
				stroke: 'code',
				strokeWidth: 1,
				strokeOpacity: 0.45,
				className: 'strategy-paths'
			}),
			Plot.line(medians, {
				x: 't',
				y: 'change',
				z: 'code',
				stroke: 'code',
				strokeWidth: 3,
				className: 'level-medians'
			}),
			Plot.dot(medians, {
				x: 't',
				y: 'change',
				fill: 'code',
				r: 3.5,
				stroke: 'var(--chart-paper, white)'
			}),
			Plot.text(medians, {
				x: 't',
				y: 'change',
				text: (d: LevelMedian) => `n=${d.n}`,
				dy: -9,
				fontSize: 10,
				fill: 'code'
			})
		]
	};
}
