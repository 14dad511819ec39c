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
