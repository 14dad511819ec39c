import { describe, expect, it } from 'vitest';
import { cohenKappa, type CodePair } from '../../../pipeline/strategies/kappa.ts';

const repeat = (pair: CodePair, times: number): CodePair[] => Array(times).fill(pair);

describe("Cohen's kappa, against hand-computed cases", () => {
	it('two categories, 50 units: po 0.70, pe 0.50, kappa 0.40', () => {
		// Coder 1 says A 25 times, coder 2 says A 30 times; they agree on 20 A and 15 B.
		const pairs = [
			...repeat(['A', 'A'], 20),
			...repeat(['A', 'B'], 5),
			...repeat(['B', 'A'], 10),
			...repeat(['B', 'B'], 15)
		];
		expect(cohenKappa(pairs, ['A', 'B'])).toBeCloseTo(0.4, 12);
	});

	it('three categories, C/N/D: po 1/2, pe 1/3, kappa 0.25', () => {
		// Each coder uses each code twice, so pe = 3 × (1/3)² = 1/3; they agree on 3 of 6 units.
		const pairs: CodePair[] = [
			['C', 'C'],
			['N', 'N'],
			['D', 'D'],
			['C', 'N'],
			['N', 'D'],
			['D', 'C']
		];
		expect(cohenKappa(pairs, ['C', 'N', 'D'])).toBeCloseTo(0.25, 12);
	});

	it('quadratic weights on an ordinal scale: 5/13 where unweighted gives 0.636…', () => {
		// Units (0,0) (1,1) (2,2) (0,2) on 0–2: observed weighted disagreement 1/4, expected 13/32.
		const pairs: CodePair[] = [
			['0', '0'],
			['1', '1'],
			['2', '2'],
			['0', '2']
		];
		expect(cohenKappa(pairs, ['0', '1', '2'], 'quadratic')).toBeCloseTo(5 / 13, 12);
		// Unweighted: po 3/4, pe = 1/2·1/4 + 1/4·1/4 + 1/4·1/2 = 5/16, kappa = (3/4 − 5/16)/(11/16) = 7/11.
		expect(cohenKappa(pairs, ['0', '1', '2'])).toBeCloseTo(7 / 11, 12);
	});

	it('a near miss costs less than a far miss under quadratic weights, the same unweighted', () => {
		const base: CodePair[] = [
			['0', '0'],
			['1', '1'],
			['2', '2'],
			['3', '3']
		];
		const near = cohenKappa([...base, ['2', '3']], ['0', '1', '2', '3'], 'quadratic');
		const far = cohenKappa([...base, ['0', '3']], ['0', '1', '2', '3'], 'quadratic');
		expect(near).toBeGreaterThan(far as number);
	});

	it('is 1 for perfect agreement, null when undefined', () => {
		expect(
			cohenKappa(
				[
					['1', '1'],
					['2', '2']
				],
				['0', '1', '2', '3']
			)
		).toBe(1);
		expect(
			cohenKappa(
				[
					['0', '0'],
					['0', '0']
				],
				['0', '1', '2', '3']
			)
		).toBeNull();
		expect(cohenKappa([], ['0', '1'])).toBeNull();
	});

	it('stops on a code outside the scale', () => {
		expect(() => cohenKappa([['4', '0']], ['0', '1', '2', '3'])).toThrow(/outside the scale/);
	});
});
