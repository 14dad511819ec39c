/** A point a keyboard can reach on a chart: its series, its data coordinates and what it reads. */
export interface ChartPoint {
	series: string;
	x: number;
	y: number;
	text: string;
}

/** Pixel position of a point on the drawn chart. */
export type Project = (p: ChartPoint) => [number, number];

const KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'];

/** Whether a key moves between points. */
export const isStep = (key: string) => KEYS.includes(key);

/**
 * The point a key moves to: left and right along the line, Home and End to its ends, up and down
 * to the line drawn just above or below at the same year. With none yet, the top line's last point.
 */
export function stepPoint(
	points: readonly ChartPoint[],
	at: ChartPoint | null,
	key: string,
	project: Project
): ChartPoint | null {
	if (points.length === 0) return null;
	const height = (p: ChartPoint) => project(p)[1];
	if (!at) {
		const last = Math.max(...points.map((p) => p.x));
		return (
			topFirst(
				points.filter((p) => p.x === last),
				height
			)[0] ?? null
		);
	}
	if (key === 'ArrowUp' || key === 'ArrowDown') {
		const column = topFirst(
			points.filter((p) => p.x === at.x),
			height
		);
		const i = column.findIndex((p) => p.series === at.series);
		return (
			column[key === 'ArrowUp' ? Math.max(0, i - 1) : Math.min(column.length - 1, i + 1)] ?? at
		);
	}
	const line = points.filter((p) => p.series === at.series).sort((a, b) => a.x - b.x);
	const i = line.findIndex((p) => p.x === at.x);
	const to: Record<string, number> = {
		ArrowLeft: Math.max(0, i - 1),
		ArrowRight: Math.min(line.length - 1, i + 1),
		Home: 0,
		End: line.length - 1
	};
	return line[to[key] ?? i] ?? at;
}

/** Top of the chart first; lines at the same height in series order. */
function topFirst(points: ChartPoint[], height: (p: ChartPoint) => number): ChartPoint[] {
	return points
		.map((p, i) => ({ p, i, h: height(p) }))
		.sort((a, b) => a.h - b.h || a.i - b.i)
		.map((e) => e.p);
}
