import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exploreRequest } from '$lib/data/explore-request';
import { indicatorCatalogQuery } from '$lib/queries/catalog';
import { EXPLORE_COLUMNS, exploreQuery, type ExploreRow } from '$lib/queries/explore';
import { fromColumns } from '$lib/results/columnar';
import { exploreSlice, type ExploreFile } from '$lib/results/explore-file';
import { buildExploreFile } from '$lib/server/explore-file';
import { openNodeDb, type NodeDb } from '$lib/server/node-db';

let db: NodeDb;
let ids: string[];
/** Every indicator's explorer rows, as the browser reads them from its file (through JSON). */
const files = new Map<string, ExploreRow[]>();

beforeAll(async () => {
	db = await openNodeDb('static/data');
	ids = (await db.query(indicatorCatalogQuery())).map((i) => i.indicator_id);
	for (const id of ids) {
		const file: ExploreFile = JSON.parse(JSON.stringify(await buildExploreFile(db, id)));
		files.set(id, fromColumns(file.rows, EXPLORE_COLUMNS));
	}
});
afterAll(() => db.connection.closeSync());

/** What the keyed query hands the page for these indicators when the engine answers them at once. */
async function fromDuckDb(indicators: string[]): Promise<ExploreRow[]> {
	const rows = await db.query(exploreQuery(exploreRequest({ indicator: indicators })));
	return indicators.flatMap((id) => rows.filter((r) => r.indicator_id === id));
}

describe('explorer result files', () => {
	it('answer 500 random indicator lists with exactly the rows DuckDB gives, in order', async () => {
		// Groups, years, normalisation and chart are reshapes of these rows by the same pure view.
		const lists = fc.shuffledSubarray(ids, { minLength: 1, maxLength: 4 });
		await fc.assert(
			fc.asyncProperty(lists, async (indicators) => {
				expect(exploreSlice(files, indicators)).toEqual(await fromDuckDb(indicators));
			}),
			{ numRuns: 500, seed: 19 }
		);
	}, 180_000);

	it('hold one indicator each, in the order the query gives it alone', async () => {
		const id = 'un_egdi.egdi';
		expect(files.get(id)).toEqual(await fromDuckDb([id]));
		expect(files.get(id)!.length).toBeGreaterThan(2000);
		expect(await buildExploreFile(db, 'no.such')).toBeNull();
	});
});
