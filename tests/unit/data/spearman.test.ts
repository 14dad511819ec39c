import { describe, expect, it } from 'vitest';
import { averageRanks, spearman } from '$lib/data/spearman';

describe('average ranks', () => {
	it('gives tied values the mean of the ranks they span', () => {
		expect(averageRanks([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4]);
		expect(averageRanks([3, 1, 2])).toEqual([3, 1, 2]);
		expect(averageRanks([5, 5, 5])).toEqual([2, 2, 2]);
		expect(averageRanks([2, 0, 2, 1, 0])).toEqual([4.5, 1.5, 4.5, 3, 1.5]);
	});
});

describe("Spearman's rho, against values computed by hand", () => {
	it('matches 1 − 6Σd²/(n(n²−1)) without ties', () => {
		// ranks of y: 1 3 2 4; d = 0 −1 1 0; Σd² = 2; 1 − 12/60 = 0.8
		expect(spearman([10, 20, 30, 40], [1, 3, 2, 4])).toEqual({ rho: 0.8, n: 4 });
		// d = 2 0 −2 → Σd² = 8; 1 − 48/24 = −1
		expect(spearman([1, 2, 3], [30, 20, 10]).rho).toBeCloseTo(-1, 12);
	});

	it('handles ties in y: Pearson on average ranks (8/√95)', () => {
		// ry = 1 2 3.5 5 3.5; Σdxdy = 8; Σdx² = 10; Σdy² = 9.5
		expect(spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7]).rho).toBeCloseTo(8 / Math.sqrt(95), 12);
		expect(spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7]).rho).toBeCloseTo(0.820783, 6);
	});

	it('handles ties in an ordinal x (6.5/√95)', () => {
		// rx = 1 2.5 2.5 4 5; ry = 3 1 2 4 5; Σdxdy = 6.5; Σdx² = 9.5; Σdy² = 10
		expect(spearman([0, 1, 1, 2, 3], [0.3, -0.2, 0.1, 0.4, 0.5]).rho).toBeCloseTo(0.666886, 6);
	});

	it('handles ties on both sides (the coordination model on five countries)', () => {
		// x = C C N D D → rx = 1.5 1.5 3 4.5 4.5; y ranks 2 1 3 5 4
		// dx = −1.5 −1.5 0 1.5 1.5; dy = −1 −2 0 2 1; Σ = 1.5 + 3 + 3 + 1.5 = 9; Σdx² = 9; Σdy² = 10
		expect(spearman([0, 0, 1, 2, 2], [0.02, 0.01, 0.03, 0.09, 0.05]).rho).toBeCloseTo(
			9 / Math.sqrt(90),
			12
		);
	});

	it('leaves out missing pairs and counts the rest', () => {
		expect(spearman([1, null, 2, 3, 4], [1, 5, 3, Number.NaN, 2])).toEqual({
			rho: spearman([1, 2, 4], [1, 3, 2]).rho,
			n: 3
		});
		expect(spearman([1, 2, 4], [1, 3, 2]).rho).toBeCloseTo(0.5, 12);
	});

	it('gives no rho for fewer than three pairs or a constant side', () => {
		expect(spearman([1, 2], [2, 1])).toEqual({ rho: null, n: 2 });
		expect(spearman([], [])).toEqual({ rho: null, n: 0 });
		expect(spearman([2, 2, 2, 2], [1, 2, 3, 4])).toEqual({ rho: null, n: 4 });
	});

	it('is unchanged by any monotone transform and stays within [−1, 1]', () => {
		const x = [3, 1, 4, 1, 5, 9, 2, 6];
		const y = [2, 7, 1, 8, 2, 8, 1, 8];
		const rho = spearman(x, y).rho as number;
		expect(
			spearman(
				x.map((v) => Math.exp(v)),
				y.map((v) => v ** 3)
			).rho
		).toBeCloseTo(rho, 12);
		expect(Math.abs(rho)).toBeLessThanOrEqual(1);
	});
});
