import { describe, expect, it } from 'vitest';
import { rank } from '$lib/data/rank';
import { ROWS, valueOf } from './explore-fixture';

describe('rank', () => {
	const out = rank(ROWS, ['r']);

	it('ranks the chosen countries among all assessed each year, 1 = best, ties sharing', () => {
		expect(valueOf(out)).toMatchObject({ 'x|C|2020': 1, 'x|A|2020': 2, 'x|A|2021': 1 });
		expect(out.find((r) => r.country === 'A' && r.year === 2020)).toMatchObject({ raw: 80, n: 4 });
	});

	it('ranks ascending where lower is better', () => {
		expect(valueOf(out)['r|A|2020']).toBe(2);
	});

	it('gives the EU27 the mean rank of its member states assessed, keeping the raw average', () => {
		const eu2020 = out.find(
			(r) => r.indicator_id === 'x' && r.country === 'EU27' && r.year === 2020
		);
		// A 2, B 3 (tied with D), D 3: mean of 2, 3, 3
		expect(eu2020).toMatchObject({ value: 8 / 3, raw: 70, n: 3, role: 'eu27_mean' });
	});

	it('keeps only the chosen countries and the reference, and their flags', () => {
		expect(new Set(out.map((r) => r.country))).toEqual(new Set(['A', 'C', 'EU27']));
		expect(out.find((r) => r.country === 'A' && r.year === 2021)?.flag).toBe('break');
		expect(Object.keys(out[0] ?? {})).toEqual([
			'indicator_id',
			'country',
			'name',
			'year',
			'value',
			'raw',
			'flag',
			'role',
			'n'
		]);
	});

	it('returns nothing for no rows', () => {
		expect(rank([])).toEqual([]);
	});
});
