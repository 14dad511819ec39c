import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strategiesQuery } from '$lib/queries/strategies';
import { strategyMatrixQuery } from '$lib/queries/strategy-matrix';
import { fromColumns } from '$lib/results/columnar';
import {
	MATRIX_COLUMNS,
	matrixSlice,
	PICK_YEARS,
	type MatrixFile,
	type MatrixFileRow
} from '$lib/results/strategies-file';
import { buildMatrixFile } from '$lib/server/strategies-file';
import { openNodeDb, type NodeDb } from '$lib/server/node-db';
import { FIVE } from '$lib/state/home-state';
import type { StrategyChoice } from '$lib/state/strategies-state';

let db: NodeDb;
let ids: string[];
let file: MatrixFile;
let rows: (MatrixFileRow & { block: number })[];

beforeAll(async () => {
	db = await openNodeDb('static/data', { inMemory: () => true });
	ids = (await db.query(strategiesQuery())).map((s) => String(s.strategy_id));
	file = JSON.parse(JSON.stringify(await buildMatrixFile(db, FIVE)));
	rows = fromColumns(file.rows, [...MATRIX_COLUMNS, 'block']);
});
afterAll(() => db.connection.closeSync());

const fromDuckDb = (pick: StrategyChoice) =>
	db.query(strategyMatrixQuery({ countries: FIVE, pick }));

describe('the strategies matrix file', () => {
	it('answers 500 random choices with exactly the rows DuckDB gives, in order', async () => {
		const choices: fc.Arbitrary<StrategyChoice> = fc.oneof(
			fc.constantFrom({ by: 'first' as const }, { by: 'latest' as const }),
			fc.integer(PICK_YEARS).map((year) => ({ by: 'year' as const, year })),
			fc.integer({ min: 1990, max: 2026 }).map((year) => ({ by: 'year' as const, year })),
			fc.constantFrom(...ids).map((id) => ({ by: 'strategy' as const, id }))
		);
		let n = 0;
		await fc.assert(
			fc.asyncProperty(choices, async (pick) => {
				const expected = await fromDuckDb(pick);
				n += expected.length;
				expect(matrixSlice(rows, file.picks, pick)).toEqual(expected);
			}),
			{ numRuns: 500, seed: 19 }
		);
		expect(n).toBeGreaterThan(10_000);
	}, 300_000);

	it('holds every choice a link can make, each country’s rows for a strategy once', async () => {
		for (let year = PICK_YEARS.min; year <= PICK_YEARS.max; year++)
			expect(Object.hasOwn(file.picks, String(year))).toBe(true);
		for (const id of ids) expect(Object.hasOwn(file.picks, id)).toBe(true);
		const used = new Set(Object.values(file.picks).flat());
		expect(new Set(rows.map((r) => r.block))).toEqual(used);
		const blocks = new Set(rows.map((r) => `${r.country} ${r.strategy_id}`));
		expect(blocks.size).toBe(used.size);
		// A year before any launch: no country has a coded strategy yet.
		expect(matrixSlice(rows, file.picks, { by: 'year', year: PICK_YEARS.min })).toEqual([]);
		expect(matrixSlice(rows, file.picks, { by: 'strategy', id: 'constructor' })).toBeNull();
	});
});
