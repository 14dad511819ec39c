import { randomIndex, seededRandom } from './random';
import type { Unit } from './permutation-test';

export interface Interval {
	low: number;
	high: number;
	/** Resamples where the statistic could be computed, of those drawn. */
	used: number;
	drawn: number;
}

export interface BootstrapOptions {
	resamples?: number;
	seed?: number;
	/** Coverage, e.g. 0.95. */
	level?: number;
}

/** The q-quantile of sorted values, interpolating linearly between neighbours (type 7). */
export function quantile(sorted: readonly number[], q: number): number {
	const position = (sorted.length - 1) * q;
	const below = Math.floor(position);
	const above = Math.ceil(position);
	const low = sorted[below] as number;
	return low + ((sorted[above] as number) - low) * (position - below);
}

/**
 * Percentile interval from a cluster bootstrap: whole blocks (countries) are drawn with
 * replacement, since units within a block are not independent. `statistic` must not keep the
 * sample it is given: the array is reused. Null when fewer than two blocks,
 * or when the statistic could be computed in under half the resamples.
 */
export function clusterBootstrap<L>(
	units: readonly Unit<L>[],
	statistic: (units: readonly Unit<L>[]) => number | null,
	{ resamples = 2_000, seed = 20261207, level = 0.95 }: BootstrapOptions = {}
): Interval | null {
	const blocks = [...new Set(units.map((u) => u.block))].map((b) =>
		units.filter((u) => u.block === b)
	);
	if (blocks.length < 2) return null;
	const random = seededRandom(seed);
	const values: number[] = [];
	const sample: Unit<L>[] = [];
	for (let r = 0; r < resamples; r++) {
		// One array refilled per resample: the statistic reads it and keeps nothing.
		sample.length = 0;
		for (let b = 0; b < blocks.length; b++)
			for (const unit of blocks[randomIndex(blocks.length, random)] as Unit<L>[]) sample.push(unit);
		const value = statistic(sample);
		if (value !== null && Number.isFinite(value)) values.push(value);
	}
	if (values.length < resamples / 2) return null;
	values.sort((a, b) => a - b);
	const tail = (1 - level) / 2;
	return {
		low: quantile(values, tail),
		high: quantile(values, 1 - tail),
		used: values.length,
		drawn: resamples
	};
}
