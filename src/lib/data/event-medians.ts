import { median } from '$lib/stats/effects';
import type { EventStrategy } from './event-strategies';

/** The median change of one level's strategies at one offset from launch, and how many. */
export interface LevelMedian {
	code: string;
	t: number;
	change: number;
	n: number;
}

/** Median path per code level: at each year since launch, over the strategies with an edition. */
export function levelMedians(strategies: readonly EventStrategy[]): LevelMedian[] {
	const cells = new Map<string, { code: string; t: number; values: number[] }>();
	for (const s of strategies) {
		if (s.change === null) continue;
		for (const p of s.path) {
			const key = `${s.code}|${p.t}`;
			const cell = cells.get(key) ?? { code: s.code, t: p.t, values: [] };
			cell.values.push(p.change);
			cells.set(key, cell);
		}
	}
	return [...cells.values()]
		.map(({ code, t, values }) => ({ code, t, change: median(values) as number, n: values.length }))
		.sort((a, b) => a.code.localeCompare(b.code) || a.t - b.t);
}
