import { exploreRequest } from '$lib/data/explore-request';
import { exploreQuery, type ExploreRow } from '$lib/queries/explore';
import type { Query } from '$lib/queries/query';
import type { ColumnTable } from './columnar';

/** One indicator's rows as the explorer asks for them: every country and year, with the EU27. */
export interface ExploreFile {
	indicator: string;
	rows: ColumnTable;
}

/** The path of an indicator's explorer file under /results/ (the id is the catalogue's). */
export const exploreFilePath = (indicator: string) =>
	`explore/${encodeURIComponent(indicator)}.json`;

/** The explorer's query for one indicator: what its file holds, and what the engine is asked. */
export const exploreFileQuery = (indicator: string): Query<ExploreRow> =>
	exploreQuery(exploreRequest({ indicator: [indicator] }));

/**
 * The rows the explorer's keyed query gives for a state's indicators: each indicator's rows, in
 * the state's order (the query orders each one's by role, country and year).
 */
export const exploreSlice = (
	byIndicator: ReadonlyMap<string, readonly ExploreRow[]>,
	indicators: readonly string[]
): ExploreRow[] => indicators.flatMap((id) => byIndicator.get(id) ?? []);
