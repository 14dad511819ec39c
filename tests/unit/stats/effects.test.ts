import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	betweenGroupVariance,
	codedUnits,
	codeRankCorrelation,
	groupSummaries,
	groupVarianceIndexed,
	highMinusLow,
	highMinusLowCoded,
	indexedUnits,
	median,
	rankedUnits,
	rankPearson
} from '$lib/stats/effects';
import { blockedPermutationTest, type Unit } from '$lib/stats/permutation-test';

describe('effects', () => {
	it('highMinusLow compares codes 2–3 with 0–1', () => {
		expect(highMinusLow(['0', '1', '2', '3'], [1, 2, 5, 7])).toBe(4.5);
		expect(highMinusLow(['0', '1'], [1, 2])).toBeNull();
	});

	it('codeRankCorrelation is Spearman on the codes', () => {
		expect(codeRankCorrelation(['0', '1', '2', '3'], [1, 2, 5, 7])).toBeCloseTo(1, 12);
		expect(codeRankCorrelation(['3', '2', '1', '0'], [1, 2, 5, 7])).toBeCloseTo(-1, 12);
	});

	it('betweenGroupVariance weighs group means by their size', () => {
		expect(betweenGroupVariance(['C', 'C', 'N', 'N'], [0, 2, 4, 6])).toBe(4);
		expect(betweenGroupVariance(['C', 'C'], [0, 2])).toBeNull();
	});

	it('median and group summaries', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 2, 3])).toBe(2.5);
		expect(median([])).toBeNull();
		expect(groupSummaries(['N', 'C', 'N'], [1, 5, 3], ['C', 'N', 'D'])).toEqual([
			{ label: 'C', n: 1, mean: 5, median: 5 },
			{ label: 'N', n: 2, mean: 2, median: 2 }
		]);
	});
});

describe('the ranked test of Spearman rho', () => {
	const unitsOf = fc
		.array(
			fc.record({
				block: fc.constantFrom('BEL', 'DNK', 'EST', 'DEU', 'GBR', 'FIN'),
				label: fc.constantFrom('0', '1', '2', '3'),
				// Few distinct outcomes, so that ties are common.
				outcome: fc.integer({ min: -4, max: 4 }).map((v) => v / 2)
			}),
			{ minLength: 0, maxLength: 30 }
		)
		.map((units) => units as Unit<string>[]);

	it('gives the statistic and p-value of the test on the codes, exact or sampled', () => {
		fc.assert(
			fc.property(unitsOf, fc.constantFrom(50, 10_000), (units, permutations) => {
				const ranked = rankedUnits(units);
				expect(ranked).not.toBeNull();
				const fast = blockedPermutationTest(ranked as Unit<number>[], rankPearson, {
					permutations
				});
				const slow = blockedPermutationTest(units, codeRankCorrelation, { permutations });
				expect(fast).toEqual(slow);
			}),
			{ seed: 20261207, numRuns: 200 }
		);
	});

	it('declines codes or outcomes that are not finite numbers', () => {
		const unit = { block: 'EST', label: '1', outcome: 1 };
		expect(rankedUnits([unit, { ...unit, label: 'N' }])).toBeNull();
		expect(rankedUnits([unit, { ...unit, outcome: Number.NaN }])).toBeNull();
		expect(rankedUnits([unit, { ...unit, label: '2', outcome: 3 }])).toEqual([
			{ block: 'EST', label: 1, outcome: 1 },
			{ block: 'EST', label: 2, outcome: 2 }
		]);
	});
});

describe('the statistics made cheap for 10,000 arrangements', () => {
	const unitsOf = (labels: string[]) =>
		fc
			.array(
				fc.record({
					block: fc.constantFrom('BEL', 'DNK', 'EST', 'DEU', 'GBR', 'FIN'),
					label: fc.constantFrom(...labels),
					outcome: fc.double({ min: -50, max: 50, noNaN: true })
				}),
				{ minLength: 0, maxLength: 30 }
			)
			.map((units) => units as Unit<string>[]);
	const runs = { seed: 20261207, numRuns: 150 };

	it('highMinusLowCoded gives bit for bit the test of highMinusLow', () => {
		fc.assert(
			fc.property(unitsOf(['0', '1', '2', '3', 'x']), fc.constantFrom(50, 2_000), (units, n) => {
				const fast = blockedPermutationTest(codedUnits(units), highMinusLowCoded, {
					permutations: n
				});
				expect(fast).toEqual(blockedPermutationTest(units, highMinusLow, { permutations: n }));
			}),
			runs
		);
	});

	it('groupVarianceIndexed gives bit for bit the test of betweenGroupVariance', () => {
		fc.assert(
			fc.property(unitsOf(['C', 'N', 'D']), fc.constantFrom(50, 2_000), (units, n) => {
				const { units: indexed, groups } = indexedUnits(units);
				const fast = blockedPermutationTest(indexed, groupVarianceIndexed(groups), {
					permutations: n
				});
				expect(fast).toEqual(
					blockedPermutationTest(units, betweenGroupVariance, { permutations: n })
				);
			}),
			runs
		);
	});

	it('indexes labels in the order first seen', () => {
		const u = (label: string) => ({ block: 'EST', label, outcome: 1 });
		expect(indexedUnits([u('N'), u('C'), u('N')])).toEqual({
			units: [
				{ ...u('N'), label: 0 },
				{ ...u('C'), label: 1 },
				{ ...u('N'), label: 0 }
			],
			groups: 2
		});
	});
});
