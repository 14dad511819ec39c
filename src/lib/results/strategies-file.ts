import type { Param } from '$lib/queries/query';
import { strategyMatrixQuery } from '$lib/queries/strategy-matrix';
import { encodeChoice, type StrategyChoice } from '$lib/state/strategies-state';
import type { ColumnTable } from './columnar';

/** A row of the matrix query: a country's chosen strategy and its code for one feature. */
export type MatrixFileRow = Record<string, Param>;

/**
 * The strategies matrix for every choice a link can make (first, latest, any year, any strategy).
 * A country's rows depend only on the strategy chosen for it, so each country's block of rows for
 * one strategy is stored once (rows of one table, with a `block` column), and each choice, by its
 * URL form (`first`, `2012`, `est-2020-…`), lists its blocks in the query's order.
 */
export interface MatrixFile {
	picks: Record<string, number[]>;
	rows: ColumnTable;
}

export const MATRIX_FILE_PATH = 'strategies/matrix.json';

/** The columns of the matrix query, in order. */
export const MATRIX_COLUMNS = strategyMatrixQuery({ countries: [], pick: { by: 'first' } })
	.columns as readonly string[];

/** The years a link can choose (the codec's range). */
export const PICK_YEARS = { min: 1950, max: 2100 };

/**
 * The rows the matrix query gives for a choice, out of the file's table (rows as read with the
 * query's columns and `block`), in the query's order; null for a choice the file does not hold.
 */
export function matrixSlice(
	rows: readonly (MatrixFileRow & { block: Param })[],
	picks: MatrixFile['picks'],
	choice: StrategyChoice
): MatrixFileRow[] | null {
	const key = encodeChoice(choice);
	if (!Object.hasOwn(picks, key)) return null;
	return (picks[key] as number[]).flatMap((b) =>
		rows.filter((r) => r.block === b).map(({ block: _, ...row }) => row)
	);
}
