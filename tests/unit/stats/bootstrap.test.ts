import { describe, expect, it } from 'vitest';
import { clusterBootstrap, quantile } from '$lib/stats/bootstrap';
import type { Unit } from '$lib/stats/permutation-test';

const meanOutcome = (units: readonly Unit<string>[]) =>
	units.reduce((s, u) => s + u.outcome, 0) / units.length;

describe('quantile', () => {
	it('interpolates between neighbours', () => {
		expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
		expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
		expect(quantile([7], 0.9)).toBe(7);
	});
});

describe('clusterBootstrap', () => {
	const units: Unit<string>[] = [
		{ block: 'a', label: '0', outcome: 0 },
		{ block: 'b', label: '0', outcome: 10 },
		{ block: 'b', label: '0', outcome: 10 }
	];

	it('draws whole countries: two clusters give means 0, 20/3 or 10 only', () => {
		// AA = 0 (p 1/4), AB or BA = 20/3 (units 0, 10, 10), BB = 10 (p 1/4).
		const interval = clusterBootstrap(units, meanOutcome, { resamples: 2_000 });
		expect(interval).toMatchObject({ low: 0, high: 10, used: 2_000, drawn: 2_000 });
	});

	it('repeats itself for a seed and changes with it', () => {
		const skewed = (u: readonly Unit<string>[]) => meanOutcome(u) ** 2;
		const more: Unit<string>[] = [
			...units,
			{ block: 'c', label: '0', outcome: 3 },
			{ block: 'd', label: '0', outcome: 4 }
		];
		const a = clusterBootstrap(more, skewed, { seed: 1, level: 0.5 });
		expect(clusterBootstrap(more, skewed, { seed: 1, level: 0.5 })).toEqual(a);
		expect(clusterBootstrap(more, skewed, { seed: 2, level: 0.5 })).not.toEqual(a);
	});

	it('says nothing with one country, or when the statistic mostly fails', () => {
		expect(clusterBootstrap(units.slice(0, 1), meanOutcome)).toBeNull();
		expect(clusterBootstrap(units, () => null)).toBeNull();
	});
});
