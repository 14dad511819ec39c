import { SERIES_COLUMNS, type SeriesRow } from '$lib/queries/series';
import type { HomeState } from '$lib/state/home-state';
import { fromColumns } from './columnar';
import { homeFilePath, homeSlice, type HomeFile } from './home-file';
import { resultFile } from './result-file';

/** The home chart's rows for a state from its indicator's result file, before the engine is up. */
export async function homeEarly(state: HomeState): Promise<SeriesRow[]> {
	const file = await resultFile<HomeFile>(homeFilePath(state.indicator));
	return homeSlice(fromColumns<SeriesRow>(file[state.view], SERIES_COLUMNS), state);
}
