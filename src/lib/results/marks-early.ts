import { LAUNCH_COLUMNS, type LaunchRow } from '$lib/queries/strategies';
import { fromColumns } from './columnar';
import { MARKS_FILE_PATH, marksSlice, type MarksFile } from './marks-file';
import { resultFile } from './result-file';

/** The strategy launches of a home link's countries from the result file, before the engine is up. */
export async function marksEarly(countries: readonly string[]): Promise<LaunchRow[]> {
	const file = await resultFile<MarksFile>(MARKS_FILE_PATH);
	return marksSlice(fromColumns<LaunchRow>(file.rows, LAUNCH_COLUMNS), countries);
}
