/** Rank axes, shared by every chart that draws ranks (1 = best). */

/** 1 and round ranks up to the largest, so that first place is always labelled. */
export function rankTicks(max: number): number[] {
	const step = max > 100 ? 25 : max > 40 ? 10 : 5;
	const ticks = [1];
	for (let t = step; t <= max; t += step) ticks.push(t);
	return ticks;
}

/** Room (px) at both ends of a rank axis, so that a dot at first or last place clears the edge. */
export const RANK_INSET = 8;

/**
 * A rank axis from 1 to the worst rank drawn (at least 10), with its ticks, inset so that a dot
 * at first or last place is not drawn on the plot's edge (over the year axis, for last place).
 */
export function rankScale(worst: number) {
	const max = Math.max(worst, 10);
	return { domain: [1, max] as [number, number], ticks: rankTicks(max), inset: RANK_INSET };
}
