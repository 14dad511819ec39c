import type { IndicatorMeta } from '$lib/catalog/indicators';
import { homeQuery } from '$lib/queries/home';
import type { Query } from '$lib/queries/query';
import type { SeriesRow } from '$lib/queries/series';
import type { HomeState } from '$lib/state/home-state';
import type { ColumnTable } from './columnar';

/** One indicator's home chart for every country a link can choose: as score and as rank. */
export interface HomeFile {
	indicator: string;
	score: ColumnTable;
	rank: ColumnTable;
}

/** The path of an indicator's home file under /results/ (the id is the catalogue's). */
export const homeFilePath = (indicator: string) => `home/${encodeURIComponent(indicator)}.json`;

/** The home chart's query for every country at once: what a home file holds, per view. */
export const homeFileQuery = (
	view: HomeState['view'],
	indicator: IndicatorMeta,
	countries: readonly string[]
): Query<SeriesRow> =>
	homeQuery({ indicator: indicator.indicator_id, country: [...countries], view }, indicator);

/**
 * The rows the home query gives for `state`, out of the rows it gives for every country: the
 * chosen countries' lines and the EU27 reference, in the query's order (role, country, year).
 */
export function homeSlice(all: readonly SeriesRow[], state: Pick<HomeState, 'country'>) {
	const chosen = new Set(state.country);
	return all.filter((r) => r.role !== 'country' || chosen.has(r.country));
}
