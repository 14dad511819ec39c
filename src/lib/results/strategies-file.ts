import type { Param } from '$lib/queries/query';
import { strategyMatrixQuery } from '$lib/queries/strategy-matrix';
import { encodeChoice, type StrategyChoice } from '$lib/state/strategies-state';
import type { ColumnTable } from './columnar';

/** A row of the matrix query: a country's chosen strategy and its code for one feature. */
export type MatrixFileRow = Record<string, Param>;

/**
 * The strategies matrix for every choice a link can make (first, latest, any year, any strategy):
 * each distinct matrix once, as the rows of one table with a `variant` column, and the variant of
 * each choice by its URL form (`first`, `2012`, `est-2020-…`).
 */
export interface MatrixFile {
	picks: Record<string, number>;
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
 * query's columns and `variant`), in the query's order; null for a choice the file does not hold.
 */
export function matrixSlice(
	rows: readonly (MatrixFileRow & { variant: Param })[],
	picks: MatrixFile['picks'],
	choice: StrategyChoice
): MatrixFileRow[] | null {
	const key = encodeChoice(choice);
	if (!Object.hasOwn(picks, key)) return null;
	const variant = picks[key];
	return rows.filter((r) => r.variant === variant).map(({ variant: _, ...row }) => row);
}
