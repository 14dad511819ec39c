/** Ranks 1..n of the values, ties sharing the mean of the ranks they span (1, 2.5, 2.5, 4). */
export function averageRanks(values: readonly number[]): number[] {
	const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
	const ranks = new Array<number>(values.length);
	let i = 0;
	while (i < order.length) {
		let j = i;
		while (j + 1 < order.length && order[j + 1]?.[0] === order[i]?.[0]) j++;
		const mean = (i + j) / 2 + 1;
		for (let k = i; k <= j; k++) ranks[order[k]?.[1] as number] = mean;
		i = j + 1;
	}
	return ranks;
}

/** Pearson's r; null when either side is constant. */
export function pearson(x: readonly number[], y: readonly number[]): number | null {
	const n = x.length;
	const mx = x.reduce((s, v) => s + v, 0) / n;
	const my = y.reduce((s, v) => s + v, 0) / n;
	let sxy = 0;
	let sxx = 0;
	let syy = 0;
	for (let i = 0; i < n; i++) {
		const dx = (x[i] as number) - mx;
		const dy = (y[i] as number) - my;
		sxy += dx * dy;
		sxx += dx * dx;
		syy += dy * dy;
	}
	return sxx === 0 || syy === 0 ? null : sxy / Math.sqrt(sxx * syy);
}

export interface Spearman {
	/** Null when it cannot be computed: fewer than three pairs, or one side constant. */
	rho: number | null;
	n: number;
}

/**
 * Spearman's rank correlation with ties: Pearson's r on average ranks. Pairs where either
 * value is missing or not finite are left out, and `n` counts the pairs used.
 */
export function spearman(x: readonly (number | null)[], y: readonly (number | null)[]): Spearman {
	const pairs = x.flatMap((xi, i) => {
		const yi = y[i];
		return Number.isFinite(xi) && Number.isFinite(yi) ? [[xi as number, yi as number]] : [];
	});
	const n = pairs.length;
	if (n < 3) return { rho: null, n };
	const rho = pearson(
		averageRanks(pairs.map((p) => p[0] as number)),
		averageRanks(pairs.map((p) => p[1] as number))
	);
	return { rho, n };
}
