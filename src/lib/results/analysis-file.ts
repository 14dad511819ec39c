import {
	strategyPathsQuery,
	type PathRequest,
	type StrategyPathRow,
	type Measure
} from '$lib/queries/event-paths';
import type { Query } from '$lib/queries/query';
import { WINDOW_YEARS } from '$lib/state/analysis-state';

/*
 * /analysis answers from three kinds of file, each one query's rows as a column table: the
 * strategies' paths on a benchmark and measure (every window, laws included), the benchmark's
 * series as measured, and the strategies coded on a feature with their quotations (joined to the
 * paths, they are the event paths).
 */
const id = encodeURIComponent;

/** The strategies' paths on a benchmark, as one measure. */
export const pathsFilePath = (r: Pick<PathRequest, 'indicator' | 'measure'>) =>
	`analysis/paths/${id(r.indicator)}/${r.measure}.json`;

/** A benchmark's series as one measure. */
export const seriesFilePath = (indicator: string, measure: Measure) =>
	`analysis/series/${id(indicator)}/${measure}.json`;

/** The strategies coded on a feature, with their quotations. */
export const codesFilePath = (feature: string) => `analysis/codes/${id(feature)}.json`;

/** The paths query a file holds: every request for its benchmark and measure in one. */
export const pathsFileQuery = (
	r: Pick<PathRequest, 'indicator' | 'measure'>
): Query<StrategyPathRow> =>
	strategyPathsQuery({ ...r, before: WINDOW_YEARS.max, after: WINDOW_YEARS.max, laws: true });

/**
 * The rows the paths query gives for `r`, out of those it gives for the widest request: the
 * editions within the window, laws only if asked, in the query's order. A base edition (the last
 * at or before launch) further back than `r.before` is outside the window: then there is none,
 * and no change or break either, as the query says.
 */
export function pathsSlice(all: readonly StrategyPathRow[], r: PathRequest): StrategyPathRow[] {
	return all.flatMap((row) => {
		if ((!r.laws && row.kind === 'law') || row.t < -r.before || row.t > r.after) return [];
		if (row.base_year === null || row.base_year >= row.launch - r.before) return [row];
		return [{ ...row, base_year: null, base_value: null, change: null, crosses_break: false }];
	});
}
