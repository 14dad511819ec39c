import { strategiesQuery } from '$lib/queries/strategies';
import { strategyMatrixQuery } from '$lib/queries/strategy-matrix';
import { toColumns } from '$lib/results/columnar';
import {
	MATRIX_COLUMNS,
	PICK_YEARS,
	type MatrixFile,
	type MatrixFileRow
} from '$lib/results/strategies-file';
import { encodeChoice, type StrategyChoice } from '$lib/state/strategies-state';
import type { NodeDb } from './node-db';

/**
 * The matrix file for the given countries: the matrix query run for every choice a link can make,
 * each country's rows for a strategy kept once.
 * A year before every launch chooses what the year before the first does, and a year after every
 * launch what the last launch year does, so only the years in between are asked.
 */
export async function buildMatrixFile(
	db: NodeDb,
	countries: readonly string[]
): Promise<MatrixFile> {
	const strategies = await db.query(strategiesQuery());
	const starts = strategies.map((s) => Number(s.start_year)).filter(Number.isFinite);
	const [first, last] = [Math.min(...starts) - 1, Math.max(...starts)];
	const asked = new Map<string, StrategyChoice>();
	const years = new Map<string, string>();
	const add = (c: StrategyChoice) => asked.set(encodeChoice(c), c);
	add({ by: 'first' });
	add({ by: 'latest' });
	for (const s of strategies) add({ by: 'strategy', id: String(s.strategy_id) });
	for (let year = PICK_YEARS.min; year <= PICK_YEARS.max; year++) {
		const asks = Math.min(Math.max(year, first), last);
		add({ by: 'year', year: asks });
		years.set(String(year), String(asks));
	}
	const blocks = new Map<string, number>();
	const picks: Record<string, number[]> = {};
	const rows: (MatrixFileRow & { block: number })[] = [];
	for (const [key, pick] of asked) {
		const matrix = await db.query(strategyMatrixQuery({ countries, pick }));
		picks[key] = [...new Set(matrix.map((r) => r.country))].map((country) => {
			const own = matrix.filter((r) => r.country === country);
			const text = JSON.stringify(own);
			if (!blocks.has(text)) {
				blocks.set(text, blocks.size);
				rows.push(...own.map((r) => ({ ...r, block: blocks.size - 1 })));
			}
			return blocks.get(text) as number;
		});
	}
	for (const [year, asks] of years) picks[year] = picks[asks] as number[];
	return { picks, rows: toColumns(rows, [...MATRIX_COLUMNS, 'block']) };
}
