import { strategyMarksQuery, type LaunchRow } from '$lib/queries/strategies';
import type { Query } from '$lib/queries/query';
import type { ColumnTable } from './columnar';

/** Every strategy launch a home link can mark: the strategies query for every country at once. */
export interface MarksFile {
	rows: ColumnTable;
}

/** The path of the launches file under /results/. */
export const MARKS_FILE_PATH = 'home/strategy-marks.json';

/** The launches query for every country a link can choose: what the file holds. */
export const marksFileQuery = (countries: readonly string[]): Query<LaunchRow> =>
	strategyMarksQuery(countries);

/**
 * The rows the launches query gives for a link's countries, out of those it gives for every
 * country: the chosen countries' launches, in the query's order (country, year, id).
 */
export function marksSlice(all: readonly LaunchRow[], countries: readonly string[]): LaunchRow[] {
	const chosen = new Set(countries);
	return all.filter((r) => chosen.has(r.country));
}
