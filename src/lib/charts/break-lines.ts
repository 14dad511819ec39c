import * as Plot from '@observablehq/plot';

interface Point {
	country: string;
	year: number;
	value: number;
	flag?: string | null;
}

/** The dash of a line across a change of method: the same as the slope chart's. */
export const BREAK_DASH = '1.5,3.5';

/**
 * Each country's line cut at its series breaks: the points with a `piece` key that starts anew at
 * each row flagged `break`, and the links that bridge the cuts, to be drawn dashed. A solid line
 * through a change of method would draw the before and after as one comparable series.
 */
export function cutAtBreaks<T extends Point>(rows: readonly T[]) {
	const pieces: (T & { piece: string })[] = [];
	const bridges: { country: string; x1: number; y1: number; x2: number; y2: number }[] = [];
	const byCountry = new Map<string, T[]>();
	for (const r of rows) {
		const series = byCountry.get(r.country);
		if (series) series.push(r);
		else byCountry.set(r.country, [r]);
	}
	for (const [country, series] of byCountry) {
		let piece = 0;
		let prev: T | null = null;
		for (const r of [...series].sort((a, b) => a.year - b.year)) {
			if (prev && r.flag === 'break') {
				piece++;
				bridges.push({ country, x1: prev.year, y1: prev.value, x2: r.year, y2: r.value });
			}
			pieces.push({ ...r, piece: `${country}#${piece}` });
			prev = r;
		}
	}
	return { pieces, bridges };
}

/** Lines per country, solid within a method and dashed across a break. */
export function brokenLines<T extends Point>(
	rows: readonly T[],
	style: {
		stroke: (country: string) => string;
		strokeWidth: number;
		strokeOpacity?: number;
		/** The dash of the line itself (the EU27's); the bridges are dotted either way. */
		strokeDasharray?: string;
		/** A tooltip on the line, e.g. the name of an unlabelled country. */
		title?: (d: T) => string;
	}
): Plot.Markish[] {
	const { pieces, bridges } = cutAtBreaks(rows);
	const common = { strokeWidth: style.strokeWidth, strokeOpacity: style.strokeOpacity ?? 1 };
	return [
		Plot.line(pieces, {
			x: 'year',
			y: 'value',
			z: 'piece',
			stroke: (d: T) => style.stroke(d.country),
			strokeDasharray: style.strokeDasharray,
			title: style.title,
			...common
		}),
		Plot.link(bridges, {
			x1: 'x1',
			y1: 'y1',
			x2: 'x2',
			y2: 'y2',
			stroke: (d: { country: string }) => style.stroke(d.country),
			strokeDasharray: BREAK_DASH,
			...common
		})
	];
}
