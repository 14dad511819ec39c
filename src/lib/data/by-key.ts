/** The `indicator_id|year` key that the normalisations group and join on. */
export const yearKey = (r: { indicator_id: string; year: number }) => `${r.indicator_id}|${r.year}`;

/** Rows grouped by a key, groups in order of first appearance, rows in input order. */
export function groupBy<R>(rows: readonly R[], key: (r: R) => string): Map<string, R[]> {
	const groups = new Map<string, R[]>();
	for (const r of rows) {
		const k = key(r);
		const group = groups.get(k);
		if (group) group.push(r);
		else groups.set(k, [r]);
	}
	return groups;
}

const valid = (v: unknown): v is number => typeof v === 'number' && !Number.isNaN(v);

/** Mean of the valid numbers (null and NaN skipped), NaN when there are none. */
export function mean(values: readonly unknown[]): number {
	const xs = values.filter(valid);
	return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.NaN;
}

/** Sample standard deviation of the valid numbers; NaN for fewer than two. */
export function stdev(values: readonly unknown[]): number {
	const xs = values.filter(valid);
	if (xs.length < 2) return Number.NaN;
	const m = mean(xs);
	return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
}
