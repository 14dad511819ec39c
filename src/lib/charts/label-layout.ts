/**
 * Spreads end-of-line labels so they do not overlap: positions in pixels, sorted top to bottom,
 * each at least `gap` below the previous, then the block is centred back on the originals.
 */
export function spreadLabels(positions: number[], gap: number, min: number, max: number): number[] {
	const order = positions.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
	const placed = order.map((o) => o.p);
	for (let k = 1; k < placed.length; k++) {
		placed[k] = Math.max(placed[k] as number, (placed[k - 1] as number) + gap);
	}
	const overflow = (placed[placed.length - 1] ?? max) - max;
	if (overflow > 0)
		for (let k = 0; k < placed.length; k++) placed[k] = (placed[k] as number) - overflow;
	for (let k = 0; k < placed.length; k++) placed[k] = Math.max(placed[k] as number, min + k * gap);
	const result = new Array<number>(positions.length);
	order.forEach((o, k) => (result[o.i] = placed[k] as number));
	return result;
}

/** A chart's vertical axis, as much of it as label placement needs. */
export interface LabelAxis {
	domain: [number, number];
	/** Ranks: the lowest value at the top. */
	reverse: boolean;
	height: number;
	margin: { top: number; bottom: number };
	/** The y scale's inset (px) at both ends, as given to Plot. */
	inset?: number;
}

/**
 * Where labels for these values go, as values again: mapped to pixels on the axis, spread `gap` px
 * apart by spreadLabels, and mapped back, so Plot can draw them in data coordinates.
 */
export function spreadValues(values: readonly number[], axis: LabelAxis, gap = 13): number[] {
	const [lo, hi] = axis.domain;
	const inset = axis.inset ?? 0;
	const top = axis.margin.top + inset;
	const inner = axis.height - axis.margin.top - axis.margin.bottom - 2 * inset;
	const span = hi - lo || 1;
	const toPx = (v: number) => top + ((axis.reverse ? v - lo : hi - v) / span) * inner;
	const toValue = (px: number) => {
		const t = (px - top) / inner;
		return axis.reverse ? lo + t * span : hi - t * span;
	};
	const spread = spreadLabels(
		values.map(toPx),
		gap,
		axis.margin.top,
		axis.height - axis.margin.bottom
	);
	return spread.map(toValue);
}

/** How a line chart writes its end labels: beside the last point, in the line's colour. */
export const END_LABEL = {
	x: 'x',
	y: 'y',
	text: 'text',
	fill: 'color',
	dx: 8,
	textAnchor: 'start',
	fontWeight: 600
} as const;
