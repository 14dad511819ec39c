/** Two coders' codes for one unit: [first, second]. */
export type CodePair = readonly [string, string];

/**
 * Cohen's kappa of two coders over `categories` (in scale order). Unweighted by default;
 * `quadratic` weighs a disagreement by the squared distance between the levels, for ordinal
 * scales. Null when it is undefined: no pairs, or chance agreement already perfect.
 */
export function cohenKappa(
	pairs: readonly CodePair[],
	categories: readonly string[],
	weighting: 'none' | 'quadratic' = 'none'
): number | null {
	const n = pairs.length;
	const k = categories.length;
	if (n === 0 || k < 2) return null;
	const index = new Map(categories.map((c, i) => [c, i]));
	const first = new Array<number>(k).fill(0);
	const second = new Array<number>(k).fill(0);
	const observed = new Array<number>(k * k).fill(0);
	const add = (v: number[], i: number) => (v[i] = (v[i] ?? 0) + 1 / n);
	for (const [a, b] of pairs) {
		const i = index.get(a);
		const j = index.get(b);
		if (i === undefined || j === undefined) throw new Error(`code outside the scale: ${a}, ${b}`);
		add(first, i);
		add(second, j);
		add(observed, i * k + j);
	}
	const weight = (i: number, j: number) =>
		weighting === 'quadratic' ? ((i - j) / (k - 1)) ** 2 : i === j ? 0 : 1;
	let disagreeObserved = 0;
	let disagreeExpected = 0;
	for (let i = 0; i < k; i++) {
		for (let j = 0; j < k; j++) {
			disagreeObserved += weight(i, j) * (observed[i * k + j] ?? 0);
			disagreeExpected += weight(i, j) * (first[i] ?? 0) * (second[j] ?? 0);
		}
	}
	if (disagreeExpected < 1e-12) return null;
	return 1 - disagreeObserved / disagreeExpected;
}
