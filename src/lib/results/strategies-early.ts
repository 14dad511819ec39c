import type { StrategyChoice } from '$lib/state/strategies-state';
import { fromColumns } from './columnar';
import { resultFile } from './result-file';
import {
	MATRIX_COLUMNS,
	MATRIX_FILE_PATH,
	matrixSlice,
	type MatrixFile,
	type MatrixFileRow
} from './strategies-file';

/** The matrix for a choice, from the result file, before the engine is up; rejects if absent. */
export async function matrixEarly(choice: StrategyChoice): Promise<MatrixFileRow[]> {
	const file = await resultFile<MatrixFile>(MATRIX_FILE_PATH);
	const rows = fromColumns<MatrixFileRow & { block: number }>(file.rows, [
		...MATRIX_COLUMNS,
		'block'
	]);
	return matrixSlice(rows, file.picks, choice) ?? Promise.reject(new Error('No such choice.'));
}
