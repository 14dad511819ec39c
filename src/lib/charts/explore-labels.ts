import { colorOf, EU_COLOR } from '$lib/catalog/colors';
import type { NormRow } from '$lib/data/explore-rows';
import type { Locale } from '$lib/i18n/locales';
import * as t from '$lib/i18n/pages/views';
import { spreadValues, type LabelAxis } from './label-layout';

export interface Label {
	x: number;
	y: number;
	text: string;
	color: string;
}

interface LabelOptions extends LabelAxis {
	/** Most labels drawn; beyond it the best and worst and the five case-study countries. */
	max?: number;
	/** A country's colour (default: its own). */
	color?: (country: string) => string;
	/** The language of the EU27's label (default English). */
	locale?: Locale;
}

const FIVE = ['BEL', 'DNK', 'EST', 'DEU', 'GBR'];

/** The series worth a label when there are too many to name them all. */
export function labelled(ends: NormRow[], max: number, reverse: boolean): NormRow[] {
	if (ends.length <= max) return ends;
	const sorted = [...ends].sort((a, b) => (reverse ? a.value - b.value : b.value - a.value));
	const keep = new Set<NormRow>(
		sorted.filter((r) => r.role !== 'country' || FIVE.includes(r.country))
	);
	for (let i = 0; keep.size < max && i < sorted.length; i++) {
		keep.add(sorted[i] as NormRow);
		if (keep.size < max) keep.add(sorted[sorted.length - 1 - i] as NormRow);
	}
	return ends.filter((r) => keep.has(r));
}

/** The last point of each series. */
export function lastPoints(rows: readonly NormRow[]): NormRow[] {
	const last = new Map<string, NormRow>();
	for (const r of rows)
		if ((last.get(r.country)?.year ?? -Infinity) <= r.year) last.set(r.country, r);
	return [...last.values()];
}

export const LABEL_MAX = 14;

/** Labels at the last point of each series, spread so that they do not overlap. */
export function endLabels(rows: readonly NormRow[], o: LabelOptions): Label[] {
	const ends = labelled(lastPoints(rows), o.max ?? LABEL_MAX, o.reverse);
	const ys = spreadValues(
		ends.map((e) => e.value),
		o
	);
	return ends.map((e, i) => ({
		x: e.year,
		y: ys[i] as number,
		text: e.role === 'country' ? e.name : t.vEu27Average(o.locale ?? 'en'),
		color: e.role === 'country' ? (o.color ?? colorOf)(e.country) : EU_COLOR
	}));
}
