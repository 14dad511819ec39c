import { EXPLORE_COLUMNS, type ExploreRow } from '$lib/queries/explore';
import { fromColumns } from './columnar';
import { exploreFilePath, type ExploreFile } from './explore-file';
import { resultFile } from './result-file';

/** One indicator's explorer rows from its result file, before the engine is up. */
export async function exploreEarly(indicator: string): Promise<ExploreRow[]> {
	const file = await resultFile<ExploreFile>(exploreFilePath(indicator));
	return fromColumns<ExploreRow>(file.rows, EXPLORE_COLUMNS);
}
