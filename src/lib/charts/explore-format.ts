import type { IndicatorMeta } from '$lib/catalog/indicators';
import type { NormRow } from '$lib/data/explore-rows';
import type { Target } from '$lib/data/gap-to-target';
import type { Locale } from '$lib/i18n/locales';
import * as t from '$lib/i18n/pages/views';
import type { Norm, Ref } from '$lib/state/explore-state';
import { rankScale } from './rank-axis';

export type FacetMeta = Pick<
	IndicatorMeta,
	'indicator_id' | 'label' | 'unit' | 'scale_min' | 'scale_max' | 'higher_is_better' | 'family'
>;

/** What one facet of the explorer draws: an indicator, in a normalisation, with references. */
export interface FacetSpec {
	meta: FacetMeta;
	norm: Norm;
	refs: readonly Ref[];
	/** The indicator's standing target, if it has one. */
	target: Target | null;
	/** The countries to colour and label when there are too many for all (default: the five). */
	focus?: readonly string[];
	width?: number;
	height?: number;
	/** The language of the chart's words (default English). */
	locale?: Locale;
}

/** The value axis label, with its unit. */
export function valueLabel(meta: FacetMeta, norm: Norm, locale: Locale = 'en'): string {
	switch (norm) {
		case 'rank':
			return t.vAxisRank(locale, { label: meta.label });
		case 'zscore':
			return t.vAxisZscore(locale, { label: meta.label });
		case 'index':
			return t.vAxisIndex(locale, { label: meta.label });
		case 'gap':
			return t.vAxisGap(locale, { label: meta.label, unit: meta.unit });
		default:
			return `${meta.label} (${meta.unit})`;
	}
}

/** How values are printed in labels, titles and the table, so that they agree. */
export function formatter(meta: FacetMeta, norm: Norm): (v: number) => string {
	if (norm === 'rank') return (v) => (Number.isInteger(v) ? String(v) : v.toFixed(1));
	if (norm === 'zscore') return (v) => v.toFixed(2);
	if (norm === 'index') return (v) => v.toFixed(1);
	if (meta.unit === 'rank') return (v) => String(Math.round(v));
	return (v) => v.toFixed((meta.scale_max ?? 100) <= 1 ? 3 : 1);
}

/** The unit a single value is read in, for tips: shorter than the axis label. */
export function unitOf(meta: FacetMeta, norm: Norm, locale: Locale = 'en'): string {
	if (norm === 'rank') return t.vUnitRank(locale);
	if (norm === 'zscore') return t.vNormZscore(locale);
	if (norm === 'index') return t.vUnitIndex(locale);
	if (norm === 'gap') return t.vUnitGap(locale, { unit: meta.unit });
	return meta.unit;
}

/** Where the target line sits in this normalisation, or null where it has no meaning. */
export function targetLevel(spec: Pick<FacetSpec, 'norm' | 'refs' | 'target'>): number | null {
	if (!spec.target || !spec.refs.includes('target')) return null;
	if (spec.norm === 'raw') return spec.target.target_value;
	if (spec.norm === 'gap') return 0;
	return null;
}

/** Axis tick format: whole numbers for ranks, Plot's default otherwise. */
export const tickFormat = (spec: Pick<FacetSpec, 'norm' | 'meta'>) =>
	spec.norm === 'rank' || (spec.norm === 'raw' && spec.meta.unit === 'rank') ? 'd' : undefined;

/** Whether a smaller value is the better one: ranks, gaps to a target, indicators where less is better. */
export const lowerIsBetter = (spec: Pick<FacetSpec, 'norm' | 'meta'>) =>
	spec.norm === 'rank' ||
	(spec.norm === 'gap' ? spec.meta.higher_is_better : !spec.meta.higher_is_better);

/** Sorts best first. */
export const bestFirst =
	(spec: Pick<FacetSpec, 'norm' | 'meta'>) => (a: { value: number }, b: { value: number }) =>
		lowerIsBetter(spec) ? a.value - b.value : b.value - a.value;

/** Ranks and, for rank indicators, raw values read best at the top. */
export const reversed = (spec: Pick<FacetSpec, 'norm' | 'meta'>) =>
	spec.norm === 'rank' || (spec.norm === 'raw' && !spec.meta.higher_is_better);

/** The value domain: the scale where one is known (raw), else the data, with the references. */
export function valueDomain(rows: readonly NormRow[], spec: FacetSpec): [number, number] {
	const values = rows.map((r) => r.value);
	const target = targetLevel(spec);
	if (target !== null) values.push(target);
	if (spec.norm === 'index') values.push(100);
	if (spec.norm === 'zscore' || spec.norm === 'gap') values.push(0);
	const lo = Math.min(...values);
	const hi = Math.max(...values);
	if (spec.norm === 'rank') return rankScale(hi).domain;
	const { scale_min: min, scale_max: max } = spec.meta;
	if (spec.norm === 'raw' && min !== null && max !== null && spec.meta.unit !== 'rank') {
		const step = (max - min) / 10;
		return [Math.max(min, Math.floor(lo / step) * step), max];
	}
	const pad = (hi - lo || 1) * 0.05;
	return [lo - pad, hi + pad];
}

/** 1st, 2nd, 3rd, 4th… */
export function ordinal(n: number): string {
	const teen = n % 100 >= 11 && n % 100 <= 13;
	const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
	return `${n}${suffix}`;
}

/** Rows of the EU27 reference, drawn only when the reference is on. */
export const euShown = (rows: readonly NormRow[], refs: readonly Ref[]) =>
	refs.includes('eu') ? rows.filter((r) => r.role !== 'country') : [];

export const countryRows = (rows: readonly NormRow[]) => rows.filter((r) => r.role === 'country');
export const breakRows = (rows: readonly NormRow[]) => rows.filter((r) => r.flag === 'break');
