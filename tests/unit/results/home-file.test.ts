import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorMeta } from '$lib/catalog/indicators';
import { indicatorCatalogQuery } from '$lib/queries/catalog';
import { countriesWithDataQuery } from '$lib/queries/countries';
import { homeQuery } from '$lib/queries/home';
import { SERIES_COLUMNS, type SeriesRow } from '$lib/queries/series';
import { fromColumns } from '$lib/results/columnar';
import { homeSlice, type HomeFile } from '$lib/results/home-file';
import { buildHomeFile } from '$lib/server/home-file';
import { openNodeDb, type NodeDb } from '$lib/server/node-db';
import type { HomeState } from '$lib/state/home-state';

let db: NodeDb;
let catalog: IndicatorMeta[];
let countries: string[];
/** Every indicator's home file, as the browser reads it (through JSON). */
const files = new Map<string, HomeFile>();

beforeAll(async () => {
	db = await openNodeDb('static/data');
	catalog = await db.query(indicatorCatalogQuery());
	countries = (await db.query(countriesWithDataQuery(null))).map((c) => String(c.country));
	for (const { indicator_id: id } of catalog)
		files.set(id, JSON.parse(JSON.stringify(await buildHomeFile(db, id))));
});
afterAll(() => db.connection.closeSync());

const fromFile = (state: HomeState) =>
	homeSlice(
		fromColumns<SeriesRow>((files.get(state.indicator) as HomeFile)[state.view], SERIES_COLUMNS),
		state
	);
const fromDuckDb = (state: HomeState) =>
	db.query(
		homeQuery(
			state,
			catalog.find((i) => i.indicator_id === state.indicator)!
		)
	);

describe('home result files', () => {
	it('answer 500 random links with exactly the rows DuckDB gives, in its order', async () => {
		const states = fc.record({
			indicator: fc.constantFrom(...catalog.map((i) => i.indicator_id)),
			country: fc.shuffledSubarray(countries, { maxLength: 12 }),
			view: fc.constantFrom('score' as const, 'rank' as const)
		});
		let rows = 0;
		await fc.assert(
			fc.asyncProperty(states, async (state) => {
				const expected = await fromDuckDb(state);
				rows += expected.length;
				expect(fromFile(state)).toEqual(expected);
			}),
			{ numRuns: 500, seed: 19 }
		);
		expect(rows).toBeGreaterThan(3_000);
	}, 120_000);

	it('answer the default and the issue’s link, with their countries’ lines', async () => {
		const link: HomeState = {
			indicator: 'eu_egov.overall',
			country: ['DNK', 'EST', 'DEU', 'FIN'],
			view: 'rank'
		};
		const rows = fromFile(link);
		expect(new Set(rows.filter((r) => r.role === 'country').map((r) => r.country))).toEqual(
			new Set(link.country)
		);
		expect(rows).toEqual(await fromDuckDb(link));
	});

	it('are written for every indicator, and none for an unknown one', async () => {
		expect(files.size).toBe(catalog.length);
		expect(await buildHomeFile(db, 'no.such')).toBeNull();
	});
});
