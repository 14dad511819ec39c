import { asNorm, shownRows, type ExploreRow, type NormRow } from './explore-rows';

/** A policy target mapped to an indicator (targets.parquet). */
export interface Target {
	indicator_id: string;
	target_value: number;
	target_year: number;
	label: string;
	source_url: string;
}

/** The target each indicator is measured against: the one due last. */
export function standingTargets(targets: readonly Target[]): Target[] {
	const last = new Map<string, Target>();
	for (const t of targets)
		if ((last.get(t.indicator_id)?.target_year ?? -Infinity) < t.target_year)
			last.set(t.indicator_id, t);
	return [...last.values()];
}

/**
 * Distance still to go: target value − value (positive = below the target), for indicators with
 * a target; rows of indicators without one are dropped.
 */
export function gapToTarget(rows: readonly ExploreRow[], targets: readonly Target[]): NormRow[] {
	const standing = standingTargets(targets);
	const shown = shownRows(rows);
	if (standing.length === 0 || shown.length === 0) return [];
	return shown.flatMap((r) =>
		standing
			.filter((t) => t.indicator_id === r.indicator_id)
			.map((t) => asNorm({ ...r, raw: r.value, value: t.target_value - r.value }))
	);
}
