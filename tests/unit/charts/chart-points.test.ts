import { describe, expect, it } from 'vitest';
import { isStep, stepPoint, type ChartPoint } from '$lib/charts/chart-points';

const p = (series: string, x: number, y: number): ChartPoint => ({
	series,
	x,
	y,
	text: `${series} ${x}: ${y}`
});
// Three lines over two years; higher values drawn higher (a smaller pixel y).
const POINTS = [
	p('A', 2020, 1),
	p('A', 2024, 3),
	p('B', 2020, 2),
	p('B', 2024, 2),
	p('C', 2024, 2)
];
const project = (q: ChartPoint): [number, number] => [q.x, 100 - q.y];
const walk = (keys: string[]) =>
	keys.reduce<ChartPoint | null>((at, key) => stepPoint(POINTS, at, key, project), null);

describe('arrow keys on a line chart', () => {
	it('starts at the top line in the last year', () => {
		expect(walk(['ArrowRight'])).toEqual(POINTS[1]);
	});

	it('moves along a line and stops at its ends', () => {
		expect(walk(['ArrowRight', 'ArrowLeft'])).toEqual(POINTS[0]);
		expect(walk(['ArrowRight', 'ArrowLeft', 'ArrowLeft'])).toEqual(POINTS[0]);
		expect(walk(['ArrowRight', 'Home', 'End'])).toEqual(POINTS[1]);
	});

	it('moves to the line below or above in the same year, ties in series order', () => {
		expect(walk(['ArrowRight', 'ArrowDown'])).toEqual(POINTS[3]);
		expect(walk(['ArrowRight', 'ArrowDown', 'ArrowDown'])).toEqual(POINTS[4]);
		expect(walk(['ArrowRight', 'ArrowDown', 'ArrowDown', 'ArrowDown'])).toEqual(POINTS[4]);
		expect(walk(['ArrowRight', 'ArrowDown', 'ArrowUp'])).toEqual(POINTS[1]);
	});

	it('has nothing to reach on an empty chart, and knows its keys', () => {
		expect(stepPoint([], null, 'ArrowRight', project)).toBeNull();
		expect(isStep('ArrowUp')).toBe(true);
		expect(isStep('Enter')).toBe(false);
	});
});
