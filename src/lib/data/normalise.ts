import type { Norm } from '$lib/state/explore-state';
import { raw, type ExploreRow, type NormRow } from './explore-rows';
import { gapToTarget, type Target } from './gap-to-target';
import { indexToEu } from './index-to-eu';
import { rank } from './rank';
import { zscore } from './zscore';

export interface NormaliseOptions {
	/** Indicators where a lower value is better (ranks): ranked ascending. */
	lowerIsBetter: readonly string[];
	targets: readonly Target[];
}

const ORDER = { country: 0, eu27_published: 1, eu27_mean: 1 };

/** The query's rows in the chosen normalisation: chosen countries and the EU27 reference, sorted. */
export function normalise(
	rows: readonly ExploreRow[],
	norm: Norm,
	options: NormaliseOptions
): NormRow[] {
	const out =
		norm === 'rank'
			? rank(rows, options.lowerIsBetter)
			: norm === 'zscore'
				? zscore(rows)
				: norm === 'index'
					? indexToEu(rows)
					: norm === 'gap'
						? gapToTarget(rows, options.targets)
						: raw(rows);
	return out
		.filter((r) => Number.isFinite(r.value))
		.sort(
			(a, b) =>
				a.indicator_id.localeCompare(b.indicator_id) ||
				ORDER[a.role] - ORDER[b.role] ||
				a.country.localeCompare(b.country) ||
				a.year - b.year
		);
}

/** Whether the normalisation needs every country assessed, not only the chosen ones. */
export const needsEveryone = (norm: Norm) => norm === 'rank' || norm === 'zscore';
