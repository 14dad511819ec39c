import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indicatorCatalogQuery } from '$lib/queries/catalog';
import { analysisFeaturesQuery } from '$lib/queries/analysis-features';
import {
	eventPaths,
	MEASURES,
	type EventPathRequest,
	type EventPathRow
} from '$lib/queries/event-paths';
import { openNodeDb, type NodeDb } from '$lib/server/node-db';
import { WINDOW_YEARS } from '$lib/state/analysis-state';
import { naiveEventPaths, rawTables, type RawTables } from './naive-event-paths';

let db: NodeDb;
let raw: RawTables;
let features: string[];
let indicators: string[];
beforeAll(async () => {
	db = await openNodeDb('static/data');
	// Each Parquet file read once: temporary tables shadow the views (a third faster per query).
	for (const name of ['observations', 'countries', 'indicators', 'strategies', 'strategy_features'])
		await db.connection.run(`CREATE TEMP TABLE ${name} AS SELECT * FROM main.${name}`);
	raw = await rawTables(db);
	features = (await db.query(analysisFeaturesQuery())).map((f) => String(f.feature_id));
	// The benchmarks the page offers: more than one edition.
	indicators = (await db.query(indicatorCatalogQuery()))
		.filter((i) => Number(i.last_year) > Number(i.first_year))
		.map((i) => String(i.indicator_id));
});
afterAll(() => db.connection.closeSync());

const NUMBERS = ['launch', 'year', 't', 'value', 'base_year', 'base_value', 'change'] as const;

/** Where two lists of path rows differ: text and flags exactly, numbers within 1e-9. */
function differences(got: EventPathRow[], want: EventPathRow[]): string[] {
	if (got.length !== want.length) return [`${got.length} rows, expected ${want.length}`];
	return got.flatMap((g, i) => {
		const w = want[i] as EventPathRow;
		return (Object.keys(w) as (keyof EventPathRow)[]).flatMap((key) => {
			const [a, b] = [g[key], w[key]];
			const same = (NUMBERS as readonly string[]).includes(key)
				? a === b || (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) < 1e-9)
				: a === b;
			return same ? [] : [`row ${i} (${w.strategy_id} ${w.year}) ${key}: ${a} ≠ ${b}`];
		});
	});
}

describe('the event paths against a naive recomputation on the shipped data', () => {
	it('gives the same paths for any feature, benchmark, measure and window', async () => {
		const request = fc.record<EventPathRequest>({
			feature: fc.constantFrom(...features),
			indicator: fc.constantFrom(...indicators),
			measure: fc.constantFrom(...MEASURES),
			before: fc.integer({ min: WINDOW_YEARS.min, max: WINDOW_YEARS.max }),
			after: fc.integer({ min: WINDOW_YEARS.min, max: WINDOW_YEARS.max }),
			laws: fc.boolean()
		});
		let withRows = 0;
		let withChange = 0;
		await fc.assert(
			fc.asyncProperty(request, async (r) => {
				const got = await eventPaths(db.query, r);
				const want = naiveEventPaths(raw, r);
				expect(differences(got, want).slice(0, 5)).toEqual([]);
				if (want.length) withRows++;
				if (want.some((row) => row.change !== null && row.change !== 0)) withChange++;
			}),
			{ numRuns: 200, seed: 22 }
		);
		// Not vacuous: most states draw paths, and many have changes to compare.
		expect(withRows).toBeGreaterThan(100);
		expect(withChange).toBeGreaterThan(50);
		// 200 queries: ~30 s on an idle machine, several times that on a loaded one.
	}, 600_000);
});
