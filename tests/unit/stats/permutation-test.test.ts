import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highMinusLow } from '$lib/stats/effects';
import { blockedPermutationTest, type Unit } from '$lib/stats/permutation-test';
import { seededRandom } from '$lib/stats/random';

const meanOf = (xs: number[]) => xs.reduce((s, v) => s + v, 0) / xs.length;
/** Mean outcome of label B minus mean of label A. */
const bMinusA = (labels: readonly string[], outcomes: readonly number[]) => {
	const b = outcomes.filter((_, i) => labels[i] === 'B');
	const a = outcomes.filter((_, i) => labels[i] === 'A');
	return b.length && a.length ? meanOf(b) - meanOf(a) : null;
};

describe('blockedPermutationTest', () => {
	it('enumerates one block exactly: B can sit on 3 outcomes, 1 of them as extreme', () => {
		const units: Unit<string>[] = [
			{ block: 'x', label: 'A', outcome: 1 },
			{ block: 'x', label: 'A', outcome: 2 },
			{ block: 'x', label: 'B', outcome: 10 }
		];
		const result = blockedPermutationTest(units, bMinusA);
		expect(result.observed).toBe(8.5);
		expect(result.exact).toBe(true);
		expect(result.arrangements).toBe(6);
		expect(result.p).toBeCloseTo(1 / 3, 12);
	});

	it('combines blocks: two countries, each swap halves the effect', () => {
		const units: Unit<string>[] = [
			{ block: 'x', label: '0', outcome: 0 },
			{ block: 'x', label: '2', outcome: 1 },
			{ block: 'y', label: '0', outcome: 0 },
			{ block: 'y', label: '2', outcome: 1 }
		];
		const result = blockedPermutationTest(units, highMinusLow);
		expect(result.observed).toBe(1);
		expect(result.arrangements).toBe(4);
		expect(result.p).toBe(0.5);
	});

	it('never credits a difference between countries: labels stay within their block', () => {
		const units: Unit<string>[] = [
			{ block: 'x', label: '3', outcome: 5 },
			{ block: 'x', label: '3', outcome: 5 },
			{ block: 'y', label: '0', outcome: 0 },
			{ block: 'y', label: '0', outcome: 0 }
		];
		expect(blockedPermutationTest(units, highMinusLow).p).toBe(1);
	});

	it('is seeded: Monte Carlo repeats itself and stays close to the exact answer', () => {
		const outcomes = [3, 1, 4, 1, 5, 9, 2, 6];
		const units: Unit<string>[] = outcomes.map((outcome, i) => ({
			block: 'x',
			label: i < 3 ? 'B' : 'A',
			outcome
		}));
		const exact = blockedPermutationTest(units, bMinusA, { permutations: 50_000 });
		const first = blockedPermutationTest(units, bMinusA, { permutations: 10_000, seed: 7 });
		const again = blockedPermutationTest(units, bMinusA, { permutations: 10_000, seed: 7 });
		expect(exact.exact).toBe(true);
		expect(exact.arrangements).toBe(40_320);
		expect(first.exact).toBe(false);
		expect(first.p).toBe(again.p);
		expect(Math.abs((first.p as number) - (exact.p as number))).toBeLessThan(0.02);
	});

	it('gives no p when the statistic cannot be computed', () => {
		const units: Unit<string>[] = [{ block: 'x', label: '0', outcome: 1 }];
		expect(blockedPermutationTest(units, highMinusLow)).toMatchObject({ observed: null, p: null });
	});
});

describe('the sampled branch', () => {
	/** Fisher–Yates, from the end, as the test first shuffled each block. */
	function shuffleInPlace<T>(values: T[], random: () => number): T[] {
		for (let i = values.length - 1; i > 0; i--) {
			const j = Math.floor(random() * (i + 1));
			[values[i], values[j]] = [values[j] as T, values[i] as T];
		}
		return values;
	}

	/** The loop as first written: each block's labels shuffled with `shuffleInPlace`, in turn. */
	function reference(units: Unit<string>[], permutations: number, seed: number) {
		const labels = units.map((u) => u.label);
		const outcomes = units.map((u) => u.outcome);
		const observed = bMinusA(labels, outcomes);
		const blocks = [...new Set(units.map((u) => u.block))].map((b) =>
			units.flatMap((u, i) => (u.block === b ? [i] : []))
		);
		const random = seededRandom(seed);
		const arranged = labels.slice();
		let hits = 0;
		for (let r = 0; r < permutations; r++) {
			for (const block of blocks) {
				const shuffled = shuffleInPlace(
					block.map((i) => labels[i] as string),
					random
				);
				block.forEach((unit, j) => (arranged[unit] = shuffled[j] as string));
			}
			const value = bMinusA(arranged, outcomes);
			if (value !== null && Math.abs(value) >= Math.abs(observed as number) - 1e-12) hits++;
		}
		return (hits + 1) / (permutations + 1);
	}

	it('draws the same arrangements as shuffling each block in turn', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.record({
						block: fc.constantFrom('BEL', 'DNK', 'EST'),
						label: fc.constantFrom('A', 'B'),
						outcome: fc.integer({ min: -5, max: 5 })
					}),
					{ minLength: 12, maxLength: 24 }
				),
				fc.integer({ min: 1, max: 1_000 }),
				(units, seed) => {
					const result = blockedPermutationTest(units, bMinusA, { permutations: 300, seed });
					fc.pre(result.observed !== null && !result.exact);
					expect(result.p).toBe(reference(units, 300, seed));
				}
			),
			{ seed: 20261207, numRuns: 100 }
		);
	});
});
