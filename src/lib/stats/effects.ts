import { averageRanks, pearson, spearman } from '$lib/data/spearman';
import type { Statistic, Unit } from './permutation-test';

const mean = (values: readonly number[]) => values.reduce((s, v) => s + v, 0) / values.length;

/** The median of the values (the mean of the middle two for an even count); null when empty. */
export function median(values: readonly number[]): number | null {
	if (!values.length) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2
		? (sorted[mid] as number)
		: ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** An ordinal code counts as "operationalised or binding" from this level up. */
export const HIGH_LEVEL = 2;

/**
 * Mean outcome of units coded 2–3 (operationalised or legally binding) minus that of units coded
 * 0–1 (absent or a stated aim); null when either side is empty.
 */
export const highMinusLow: Statistic<string> = (labels, outcomes) => {
	const high: number[] = [];
	const low: number[] = [];
	labels.forEach((l, i) => (Number(l) >= HIGH_LEVEL ? high : low).push(outcomes[i] as number));
	return high.length && low.length ? mean(high) - mean(low) : null;
};

/**
 * `highMinusLow` on codes already read as numbers: the same sums in the same order, so bit for
 * bit the same value, without converting or collecting per arrangement (it runs 10,000 times).
 */
export const highMinusLowCoded: Statistic<number> = (codes, outcomes) => {
	let high = 0;
	let highs = 0;
	let low = 0;
	let lows = 0;
	for (let i = 0; i < codes.length; i++) {
		const outcome = outcomes[i] as number;
		if ((codes[i] as number) >= HIGH_LEVEL) {
			high += outcome;
			highs++;
		} else {
			low += outcome;
			lows++;
		}
	}
	return highs && lows ? high / highs - low / lows : null;
};

/** Units with their codes read as numbers (`Number`, as `highMinusLow` reads them). */
export const codedUnits = (units: readonly Unit<string>[]): Unit<number>[] =>
	units.map((u) => ({ block: u.block, label: Number(u.label), outcome: u.outcome }));

/** Spearman's rho between the ordinal code and the outcome. */
export const codeRankCorrelation: Statistic<string> = (labels, outcomes) =>
	spearman(labels.map(Number), outcomes).rho;

/**
 * The same test of Spearman's rho, made cheap: ranking commutes with rearranging the labels, so
 * codes and outcomes are ranked once and each arrangement costs one Pearson's r on the ranks, not
 * two sorts. Gives bit for bit the statistic, and with the same seed the p-value, of
 * `codeRankCorrelation` on the original units; null (use that one) when a code or outcome is not
 * a finite number, which `spearman` would leave out.
 */
export function rankedUnits(units: readonly Unit<string>[]): Unit<number>[] | null {
	const codes = units.map((u) => Number(u.label));
	if (!codes.every(Number.isFinite) || !units.every((u) => Number.isFinite(u.outcome))) return null;
	const codeRanks = averageRanks(codes);
	const outcomeRanks = averageRanks(units.map((u) => u.outcome));
	return units.map((u, i) => ({
		block: u.block,
		label: codeRanks[i] as number,
		outcome: outcomeRanks[i] as number
	}));
}

/** Pearson's r of ranked codes and ranked outcomes: Spearman's rho of `rankedUnits`' input. */
export const rankPearson: Statistic<number> = (ranks, outcomeRanks) =>
	ranks.length < 3 ? null : pearson(ranks, outcomeRanks);

/**
 * Spread of group means for a nominal code: the between-group variance
 * Σ n_g (mean_g − mean)² / N; null with fewer than two groups.
 */
export const betweenGroupVariance: Statistic<string> = (labels, outcomes) => {
	const groups = new Map<string, number[]>();
	labels.forEach((l, i) => groups.set(l, [...(groups.get(l) ?? []), outcomes[i] as number]));
	if (groups.size < 2) return null;
	const grand = mean(outcomes);
	let sum = 0;
	for (const values of groups.values()) sum += values.length * (mean(values) - grand) ** 2;
	return sum / outcomes.length;
};

/** Units with each distinct label replaced by its index among the labels, in first-seen order. */
export function indexedUnits(units: readonly Unit<string>[]): {
	units: Unit<number>[];
	groups: number;
} {
	const index = new Map<string, number>();
	for (const u of units) if (!index.has(u.label)) index.set(u.label, index.size);
	return {
		units: units.map((u) => ({ ...u, label: index.get(u.label) as number })),
		groups: index.size
	};
}

/**
 * `betweenGroupVariance` for labels indexed 0…groups−1 (`indexedUnits`): the same sums in the same
 * order (groups as first seen in the arrangement), so bit for bit the same value, with no map or
 * arrays built per arrangement.
 */
export function groupVarianceIndexed(groups: number): Statistic<number> {
	const sums = new Float64Array(groups);
	const counts = new Int32Array(groups);
	const order = new Int32Array(groups);
	return (labels, outcomes) => {
		sums.fill(0);
		counts.fill(0);
		let seen = 0;
		let total = 0;
		for (let i = 0; i < labels.length; i++) {
			const g = labels[i] as number;
			if (counts[g] === 0) order[seen++] = g;
			sums[g] = (sums[g] as number) + (outcomes[i] as number);
			counts[g] = (counts[g] as number) + 1;
			total += outcomes[i] as number;
		}
		if (seen < 2) return null;
		const grand = total / outcomes.length;
		let sum = 0;
		for (let k = 0; k < seen; k++) {
			const g = order[k] as number;
			const n = counts[g] as number;
			sum += n * ((sums[g] as number) / n - grand) ** 2;
		}
		return sum / outcomes.length;
	};
}

export interface GroupSummary {
	label: string;
	n: number;
	mean: number;
	median: number;
}

/** Count, mean and median outcome per label, in the order of `order`. */
export function groupSummaries(
	labels: readonly string[],
	outcomes: readonly number[],
	order: readonly string[]
): GroupSummary[] {
	return order.flatMap((label) => {
		const values = outcomes.filter((_, i) => labels[i] === label);
		return values.length
			? [{ label, n: values.length, mean: mean(values), median: median(values) as number }]
			: [];
	});
}
