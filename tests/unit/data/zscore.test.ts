import { describe, expect, it } from 'vitest';
import { zscore } from '$lib/data/zscore';
import { ROWS, valueOf } from './explore-fixture';

describe('z-score', () => {
	const out = valueOf(zscore(ROWS));
	// 2020: 80, 60, 100, 60 → mean 75, sample sd = sqrt((25+225+625+225)/3)
	const sd2020 = Math.sqrt(1100 / 3);

	it('standardises against every country assessed that year', () => {
		expect(out['x|A|2020']).toBeCloseTo(5 / sd2020, 10);
		expect(out['x|C|2020']).toBeCloseTo(25 / sd2020, 10);
	});

	it('puts the EU27 reference on the same scale', () => {
		expect(out['x|EU27|2020']).toBeCloseTo(-5 / sd2020, 10);
		// 2021: 90, 70 → mean 80, sd √200; the EU mean is 80
		expect(out['x|EU27|2021']).toBeCloseTo(0, 10);
		expect(out['x|A|2021']).toBeCloseTo(10 / Math.sqrt(200), 10);
	});

	it('drops a year where only one country was assessed (no spread)', () => {
		expect(valueOf(zscore(ROWS.filter((r) => r.country !== 'B')))['x|A|2021']).toBeUndefined();
	});

	it('returns nothing for no rows', () => {
		expect(zscore([])).toEqual([]);
	});
});
