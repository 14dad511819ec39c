import { describe, expect, it } from 'vitest';
import { signed } from '$lib/data/signed';

describe('signed', () => {
	it.each([
		[0.0214, 3, '+0.021'],
		[-3.45, 1, '−3.5'],
		[0, 1, '±0.0'],
		[-0, 0, '±0'],
		// Rounded to nothing, a change has no direction: never "−0" or "+0.0".
		[-0.3, 0, '±0'],
		[0.04, 1, '±0.0'],
		[-0.05, 1, '−0.1'],
		[12, 0, '+12']
	])('writes %d with %d digits as %s', (v, digits, text) => {
		expect(signed(v, digits)).toBe(text);
	});
});
