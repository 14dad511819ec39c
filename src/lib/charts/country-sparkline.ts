export interface SparkPoint {
	year: number;
	value: number;
}

export interface Sparkline {
	/** SVG path data, in a box of the given size. */
	d: string;
	/** The last point, for a dot. */
	end: [number, number];
}

/**
 * A trend line's geometry: years across, the country's own range of values up (down for ranks,
 * so that up is always better). Null with fewer than two editions.
 */
export function sparkline(
	points: readonly SparkPoint[],
	{ width = 80, height = 18, lowerIsBetter = false } = {}
): Sparkline | null {
	if (points.length < 2) return null;
	const years = points.map((p) => p.year);
	const values = points.map((p) => p.value);
	const [x0, x1] = [Math.min(...years), Math.max(...years)];
	const [y0, y1] = [Math.min(...values), Math.max(...values)];
	const pad = 2;
	const x = (year: number) => pad + ((year - x0) / (x1 - x0 || 1)) * (width - 2 * pad);
	const t = (v: number) => (y1 === y0 ? 0.5 : (v - y0) / (y1 - y0));
	const y = (v: number) => pad + (lowerIsBetter ? t(v) : 1 - t(v)) * (height - 2 * pad);
	const xy = points.map((p) => [x(p.year), y(p.value)] as [number, number]);
	const round = (n: number) => Math.round(n * 10) / 10;
	const d = xy.map(([px, py], i) => `${i ? 'L' : 'M'}${round(px)},${round(py)}`).join('');
	const last = xy[xy.length - 1] as [number, number];
	return { d, end: [round(last[0]), round(last[1])] };
}
