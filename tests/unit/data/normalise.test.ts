import { describe, expect, it } from 'vitest';
import { needsEveryone, normalise } from '$lib/data/normalise';
import { NORMS } from '$lib/state/explore-state';
import { ROWS } from './explore-fixture';

const options = { lowerIsBetter: ['r'], targets: [] };

describe('normalise', () => {
	it('shows raw values of the chosen countries and the EU27, sorted by indicator, role, country, year', () => {
		const out = normalise(ROWS, 'raw', options);
		expect(out.map((r) => `${r.indicator_id} ${r.country} ${r.year} ${r.value}`)).toEqual([
			'r A 2020 3',
			'r EU27 2020 2',
			'x A 2020 80',
			'x A 2021 90',
			'x C 2020 100',
			'x EU27 2020 70',
			'x EU27 2021 80'
		]);
		expect(out.every((r) => r.value === r.raw)).toBe(true);
	});

	it.each(NORMS)(
		'%s never returns a country that was not chosen, nor a non-finite value',
		(norm) => {
			const out = normalise(ROWS, norm, { ...options, targets: [] });
			expect(out.every((r) => ['A', 'C', 'EU27'].includes(r.country))).toBe(true);
			expect(out.every((r) => Number.isFinite(r.value))).toBe(true);
		}
	);

	it('asks for every country only where the normalisation compares with all assessed', () => {
		expect(NORMS.filter(needsEveryone)).toEqual(['rank', 'zscore']);
	});
});
