import { toSourceRef } from '../../lib/source-error.ts';
import type { Row } from '../../lib/parquet-writer.ts';
import { NEW_METHOD_FROM, SOURCE_ID, indicatorId } from './indicators.ts';
import { SCORING_ROWS } from './scoring-rows.ts';
import type { Cell } from './scores-sheet.ts';

/** Half a point of the one-decimal figures the reports print: smaller differences are rounding. */
export const ROUNDING = 0.05;

const differs = (a: number | null, b: number | null) =>
	a === null || b === null ? a !== b : Math.abs(a - b) >= ROUNDING;

const show = (v: number | null) => (v === null ? '"."' : v.toFixed(2));

const difference = (older: Cell, newest: Cell) =>
	`${newest.indicator} ${newest.country} ${newest.refPeriod}: ${show(older.value)} in the ` +
	`${older.edition} report, ${show(newest.value)} in the ${newest.edition} report (kept)`;

const oldMethodOnly = new Set(
	SCORING_ROWS.filter((r) => r.oldMethodOnly).flatMap((r) => [
		indicatorId('biennial', r.id),
		indicatorId('yearly', r.id)
	])
);

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		const k = key(item);
		const group = groups.get(k);
		if (group) group.push(item);
		else groups.set(k, [item]);
	}
	return groups;
}

/**
 * The series a break is looked for in: a country's values of one indicator; for single-year
 * indicators, odd and even years apart, since each alternates between two sets of life events and
 * is compared with the year two before (so 2019 → 2021 crosses the method change as 2018 → 2020 does).
 */
const seriesKey = (c: Cell) =>
	c.indicator.startsWith(indicatorId('yearly', ''))
		? `${c.indicator}|${c.country}|${c.year % 2}`
		: `${c.indicator}|${c.country}`;

/** The first value under the new method in each series that has values before it. */
function breaks(chosen: Cell[]): Set<Cell> {
	const flagged = new Set<Cell>();
	for (const series of groupBy(chosen, seriesKey).values()) {
		if (oldMethodOnly.has(series[0]!.indicator)) continue;
		const held = series.filter((c) => c.value !== null).sort((a, b) => a.year - b.year);
		const first = held.find((c) => c.year >= NEW_METHOD_FROM);
		if (first && held[0] !== first) flagged.add(first);
	}
	return flagged;
}

const toObservation = (cell: Cell, flag: string | null): Row => ({
	indicator_id: cell.indicator,
	country: cell.country,
	year: cell.year,
	value: cell.value,
	ref_period: cell.refPeriod,
	flag,
	source_id: SOURCE_ID,
	source_ref: toSourceRef(cell.where)
});

/**
 * Keeps the newest edition's value for each indicator, country and year, and lists every older
 * value that differs beyond rounding. Keys no edition holds a number for are left out.
 */
export function mergeEditions(cells: readonly Cell[]): { observations: Row[]; report: string[] } {
	const report: string[] = [];
	const chosen: Cell[] = [];
	for (const group of groupBy(cells, (c) => `${c.indicator}|${c.country}|${c.year}`).values()) {
		const sorted = [...group].sort((a, b) => a.edition - b.edition);
		const newest = sorted.at(-1)!;
		if (sorted.some((c) => c.value !== null)) chosen.push(newest);
		for (const older of sorted.slice(0, -1)) {
			if (differs(older.value, newest.value)) report.push(difference(older, newest));
		}
	}
	const flagged = breaks(chosen);
	const observations = chosen.map((c) => toObservation(c, flagged.has(c) ? 'break' : null));
	const order = (r: Row) => `${r.indicator_id}|${r.country}|${r.year}`;
	observations.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
	return { observations, report: report.sort() };
}
