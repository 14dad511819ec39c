import type { FileMetaData, Statistics } from 'hyparquet';

type MinMaxType = Statistics['min_value'];

export type Op = '=' | '!=' | '<' | '<=' | '>' | '>=';
export const OPS: readonly Op[] = ['=', '!=', '<', '<=', '>', '>='];

/** A simple filter: one column compared with one value. */
export interface SimpleFilter {
	column: string;
	op: Op;
	value: number | string;
}

type Comparable = number | string;

function comparable(v: MinMaxType | undefined): Comparable | null {
	if (typeof v === 'number' || typeof v === 'string') return v;
	if (typeof v === 'bigint') return Number(v);
	if (v instanceof Date) return v.getTime();
	return null;
}

function compare(a: Comparable, b: Comparable): number {
	if (typeof a === 'number' && typeof b === 'number') return a - b;
	const [x, y] = [String(a), String(b)];
	return x < y ? -1 : x > y ? 1 : 0;
}

/** Whether a row group whose column lies in [min, max] may hold a row passing the filter. */
export function mayMatch(min: Comparable, max: Comparable, op: Op, value: Comparable): boolean {
	switch (op) {
		case '=':
			return compare(min, value) <= 0 && compare(max, value) >= 0;
		case '!=':
			return !(compare(min, value) === 0 && compare(max, value) === 0);
		case '<':
			return compare(min, value) < 0;
		case '<=':
			return compare(min, value) <= 0;
		case '>':
			return compare(max, value) > 0;
		case '>=':
			return compare(max, value) >= 0;
	}
}

/** The filter's value in the column's own terms: a number for a numeric column. */
export function filterValue(filter: SimpleFilter, numeric: boolean): Comparable | null {
	if (!numeric) return String(filter.value);
	const n = Number(filter.value);
	return Number.isFinite(n) ? n : null;
}

/**
 * Indexes of the row groups that may hold rows passing the filter, judged from the min/max
 * statistics in the footer; a group without statistics for the column is always kept.
 */
export function keepRowGroups(metadata: FileMetaData, filter: SimpleFilter | null): number[] {
	const all = metadata.row_groups.map((_, i) => i);
	if (!filter) return all;
	return all.filter((i) => {
		const chunk = metadata.row_groups[i]?.columns.find(
			(c) => c.meta_data?.path_in_schema.join('.') === filter.column
		);
		const stats = chunk?.meta_data?.statistics;
		const min = comparable(stats?.min_value ?? stats?.min);
		const max = comparable(stats?.max_value ?? stats?.max);
		if (min === null || max === null) return true;
		const value = filterValue(filter, typeof min === 'number');
		return value === null || mayMatch(min, max, filter.op, value);
	});
}

/** Whether one value passes the filter (nulls never do, as in SQL). */
export function passes(v: unknown, op: Op, value: Comparable): boolean {
	const x = comparable(v as MinMaxType);
	if (x === null) return false;
	const c = compare(x, value);
	return op === '='
		? c === 0
		: op === '!='
			? c !== 0
			: op === '<'
				? c < 0
				: op === '<='
					? c <= 0
					: op === '>'
						? c > 0
						: c >= 0;
}

/** Consecutive row groups merged into row ranges [start, end), for fewer, larger reads. */
export function rowRanges(metadata: FileMetaData, groups: number[]): [number, number][] {
	const starts: number[] = [];
	let at = 0;
	for (const g of metadata.row_groups) {
		starts.push(at);
		at += Number(g.num_rows);
	}
	const ranges: [number, number][] = [];
	for (const i of groups) {
		const start = starts[i] as number;
		const end = start + Number(metadata.row_groups[i]?.num_rows ?? 0);
		const last = ranges[ranges.length - 1];
		if (last && last[1] === start) last[1] = end;
		else ranges.push([start, end]);
	}
	return ranges;
}
