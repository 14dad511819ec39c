import { describe, expect, it } from 'vitest';
import {
	betweenGroupVariance,
	codeRankCorrelation,
	groupSummaries,
	highMinusLow,
	median
} from '$lib/stats/effects';

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
