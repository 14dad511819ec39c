import { allOrderings, blockedOrderingCount } from './permutations';
import { seededRandom } from './random';

/** One unit of the test: its block (e.g. country), its label (e.g. code) and its outcome. */
export interface Unit<L> {
	block: string;
	label: L;
	outcome: number;
}

/** A statistic of labels and outcomes (same order); null when it cannot be computed. */
export type Statistic<L> = (labels: readonly L[], outcomes: readonly number[]) => number | null;

export interface PermutationResult {
	observed: number | null;
	/** Two-sided: the share of arrangements whose |statistic| is at least the observed one. */
	p: number | null;
	/** Arrangements compared (including the observed one when exact). */
	arrangements: number;
	exact: boolean;
}

export interface PermutationOptions {
	/** Random arrangements when the exact enumeration is larger than this. */
	permutations?: number;
	seed?: number;
}

/** Indices of the units, grouped by block, in first-seen order. */
function blocksOf<L>(units: readonly Unit<L>[]): number[][] {
	const groups = new Map<string, number[]>();
	units.forEach((u, i) => groups.set(u.block, [...(groups.get(u.block) ?? []), i]));
	return [...groups.values()];
}

const EPSILON = 1e-12;

/**
 * Permutation test with labels shuffled within blocks only, so that what differs between blocks
 * (countries) cannot make an association. Exact when the blocks' orderings number at most
 * `permutations`; otherwise seeded Monte Carlo, with p = (hits + 1) / (permutations + 1).
 */
export function blockedPermutationTest<L>(
	units: readonly Unit<L>[],
	statistic: Statistic<L>,
	{ permutations = 10_000, seed = 20261207 }: PermutationOptions = {}
): PermutationResult {
	const outcomes = units.map((u) => u.outcome);
	const labels = units.map((u) => u.label);
	const observed = statistic(labels, outcomes);
	if (observed === null) return { observed, p: null, arrangements: 0, exact: false };
	const blocks = blocksOf(units);
	const threshold = Math.abs(observed) - EPSILON;
	const total = blockedOrderingCount(blocks.map((b) => b.length));
	const arranged = labels.slice();
	const count = (value: number | null) => (value !== null && Math.abs(value) >= threshold ? 1 : 0);
	if (total <= permutations) {
		let hits = 0;
		const visit = (k: number): void => {
			if (k === blocks.length) {
				hits += count(statistic(arranged, outcomes));
				return;
			}
			const block = blocks[k] as number[];
			for (const order of allOrderings(block.map((i) => labels[i] as L))) {
				block.forEach((unit, j) => (arranged[unit] = order[j] as L));
				visit(k + 1);
			}
		};
		visit(0);
		return { observed, p: hits / total, arrangements: total, exact: true };
	}
	const random = seededRandom(seed);
	// Plain loops over one scratch array: this runs `permutations` times, and each step draws the
	// same random numbers in the same order as a Fisher–Yates shuffle of each block in turn.
	const scratch: L[] = [];
	let hits = 0;
	for (let r = 0; r < permutations; r++) {
		for (const block of blocks) {
			const size = block.length;
			for (let j = 0; j < size; j++) scratch[j] = labels[block[j] as number] as L;
			for (let i = size - 1; i > 0; i--) {
				const j = Math.floor(random() * (i + 1));
				const swap = scratch[i] as L;
				scratch[i] = scratch[j] as L;
				scratch[j] = swap;
			}
			for (let j = 0; j < size; j++) arranged[block[j] as number] = scratch[j] as L;
		}
		hits += count(statistic(arranged, outcomes));
	}
	return { observed, p: (hits + 1) / (permutations + 1), arrangements: permutations, exact: false };
}
