import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countriesWithDataQuery } from '$lib/queries/countries';
import { LAUNCH_COLUMNS, strategyMarksQuery, type LaunchRow } from '$lib/queries/strategies';
import { fromColumns } from '$lib/results/columnar';
import { marksSlice, type MarksFile } from '$lib/results/marks-file';
import { buildMarksFile } from '$lib/server/marks-file';
import { openNodeDb, type NodeDb } from '$lib/server/node-db';

let db: NodeDb;
let countries: string[];
/** Every launch, as the browser reads them from the file (through JSON). */
let all: LaunchRow[];

beforeAll(async () => {
	db = await openNodeDb('static/data');
	countries = (await db.query(countriesWithDataQuery(null))).map((c) => String(c.country));
	const file: MarksFile = JSON.parse(JSON.stringify(await buildMarksFile(db)));
	all = fromColumns<LaunchRow>(file.rows, LAUNCH_COLUMNS);
});
afterAll(() => db.connection.closeSync());

describe('the strategy launches file', () => {
	it('answers 500 random country lists with exactly the rows DuckDB gives, in order', async () => {
		// The case-study countries (those with strategies) come up often, as in real links.
		const withStrategies = [...new Set(all.map((r) => r.country))];
		const pick = fc.oneof(
			fc.shuffledSubarray(countries, { maxLength: 12 }),
			fc.shuffledSubarray(withStrategies, { minLength: 1 })
		);
		let marked = 0;
		await fc.assert(
			fc.asyncProperty(pick, async (chosen) => {
				const expected = await db.query(strategyMarksQuery(chosen));
				marked += expected.length;
				expect(marksSlice(all, chosen)).toEqual(expected);
			}),
			{ numRuns: 500, seed: 19 }
		);
		expect(marked).toBeGreaterThan(2_000);
	}, 120_000);

	it('holds every launch once, and none for a country without strategies', async () => {
		expect(all).toEqual(await db.query(strategyMarksQuery(countries)));
		expect(marksSlice(all, ['KOR'])).toEqual([]);
	});
});
