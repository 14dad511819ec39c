import { describe, expect, it } from 'vitest';
import { indexToEu } from '$lib/data/index-to-eu';
import { ROWS, valueOf } from './explore-fixture';

describe('index to EU27 average', () => {
	const rows = indexToEu(ROWS);
	const out = valueOf(rows);

	it('divides by the published EU27 average, or the mean where none is published', () => {
		expect(out['x|A|2020']).toBeCloseTo((80 / 70) * 100, 10);
		expect(out['x|C|2020']).toBeCloseTo((100 / 70) * 100, 10);
		expect(out['x|A|2021']).toBeCloseTo((90 / 80) * 100, 10);
	});

	it('sets the EU27 to 100 and keeps raw values beside', () => {
		expect(out['x|EU27|2020']).toBe(100);
		expect(rows.find((r) => r.country === 'A' && r.year === 2020)?.raw).toBe(80);
	});

	it('drops countries of years without an EU27 value', () => {
		expect(indexToEu(ROWS.filter((r) => r.role === 'country'))).toEqual([]);
		expect(out['x|B|2020']).toBeUndefined();
	});
});
