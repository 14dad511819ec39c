import { describe, expect, it } from 'vitest';
import { pick } from '$lib/data/pick';
import { ROWS } from './explore-fixture';

const OPEN = { from: null, to: null };
const key = (r: { indicator_id: string; country: string; year: number }) =>
	`${r.indicator_id}|${r.country}|${r.year}`;

describe('pick', () => {
	it('marks the chosen countries and only them, never the EU27 reference', () => {
		const out = pick(ROWS, ['B'], OPEN);
		expect(out.filter((r) => r.picked).map(key)).toEqual(['x|B|2020', 'x|B|2021', 'r|B|2020']);
		expect(out).toHaveLength(ROWS.length);
	});

	it('picks every country for "all"', () => {
		const out = pick(ROWS, 'all', OPEN);
		expect(out.filter((r) => r.role === 'country').every((r) => r.picked)).toBe(true);
		expect(out.filter((r) => r.role !== 'country').some((r) => r.picked)).toBe(false);
	});

	it('keeps the years in range, both ends included', () => {
		expect(new Set(pick(ROWS, [], { from: 2021, to: null }).map((r) => r.year))).toEqual(
			new Set([2021])
		);
		expect(new Set(pick(ROWS, [], { from: 2020, to: 2020 }).map((r) => r.year))).toEqual(
			new Set([2020])
		);
		expect(pick(ROWS, [], { from: 2030, to: null })).toEqual([]);
	});

	it('does not change the rows it was given', () => {
		const before = JSON.stringify(ROWS);
		pick(ROWS, ['B', 'C'], { from: 2021, to: 2021 });
		expect(JSON.stringify(ROWS)).toBe(before);
	});
});
