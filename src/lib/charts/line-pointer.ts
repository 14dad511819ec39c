import * as Plot from '@observablehq/plot';

interface Point {
	country: string;
	name: string;
	year: number;
	value: number;
}

/** The class of the line drawn over the others while it is pointed at; the page dims the rest. */
export const POINTED = 'pointed-line';

export interface PointerOptions<T> {
	/** The pointed line's colour (its own for a focus country, ink for grey context). */
	stroke: (d: T) => string;
	/** The tip's text: country, year and value with its unit. */
	tip: (d: T) => string;
}

/**
 * What follows the pointer (or a tap) on a line chart: the nearest point's whole line drawn again
 * over the others, a dot on the point, and a tip that reads it. Plot's pointer draws nothing until
 * the pointer moves, so the SVG drawn at build time is the same as the first live one.
 */
export function linePointer<T extends Point>(rows: readonly T[], o: PointerOptions<T>) {
	const data = [...rows].sort((a, b) => a.country.localeCompare(b.country) || a.year - b.year);
	const at = { x: 'year', y: 'value', maxRadius: 30 } as const;
	return [
		Plot.line(
			data,
			Plot.pointer({
				...at,
				z: 'country',
				stroke: o.stroke,
				strokeWidth: 3.5,
				className: POINTED,
				// The pointer gives the one point nearest; draw every point of its country.
				render(index, scales, values, dimensions, context, next) {
					const country = index.length ? data[index[0] as number]?.country : null;
					const line = data.flatMap((d, i) => (d.country === country ? [i] : []));
					return next!(line, scales, values, dimensions, context);
				}
			})
		),
		Plot.dot(
			data,
			Plot.pointer({ ...at, r: 4, fill: o.stroke, stroke: 'var(--chart-paper, #ffffff)' })
		),
		Plot.tip(
			data,
			Plot.pointer({
				...at,
				title: o.tip,
				fill: 'var(--chart-paper, #ffffff)',
				stroke: 'var(--chart-rule, #cccccc)'
			})
		)
	];
}
