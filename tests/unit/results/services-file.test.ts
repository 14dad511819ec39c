import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servicesGridQuery, type ServiceResultRow } from '$lib/queries/services-grid';
import { servicesSummaryQuery, type ServicesSummaryRow } from '$lib/queries/services-summary';
import { fromColumns, type ColumnTable } from '$lib/results/columnar';
import { GRID_COLUMNS, gridSlice, SUMMARY_COLUMNS, summarySlice } from '$lib/results/services-file';
import {
	buildGridFile,
	buildSummaryFile,
	gridFileEntries,
	serviceCountries,
	summaryFileEntries
} from '$lib/server/services-file';
import { openNodeDb, type NodeDb } from '$lib/server/node-db';
import {
	EDITIONS,
	gridRequest,
	LEVELS,
	LIFE_EVENTS,
	TYPES,
	type ServicesState
} from '$lib/state/services-state';

let db: NodeDb;
let countries: string[];
const grids = new Map<string, ServiceResultRow[]>();
const summaries = new Map<string, ServicesSummaryRow[]>();

beforeAll(async () => {
	db = await openNodeDb('static/data');
	countries = await serviceCountries(db);
});
afterAll(() => db.connection.closeSync());

/** A file as the browser reads it: through JSON. */
const viaJson = (table: ColumnTable | null): ColumnTable => JSON.parse(JSON.stringify(table));

async function gridFile(edition: string, event: string) {
	const key = `${edition}/${event}`;
	if (!grids.has(key))
		grids.set(
			key,
			fromColumns(viaJson(await buildGridFile(db, Number(edition), event)), GRID_COLUMNS)
		);
	return grids.get(key) as ServiceResultRow[];
}

async function summaryFile(event: string) {
	if (!summaries.has(event))
		summaries.set(event, fromColumns(viaJson(await buildSummaryFile(db, event)), SUMMARY_COLUMNS));
	return summaries.get(event) as ServicesSummaryRow[];
}

/** A /services state a link can ask for: any countries with service data, in any order. */
const states = () =>
	fc.record({
		country: fc.shuffledSubarray(countries, { minLength: 1, maxLength: 8 }),
		event: fc.constantFrom(...LIFE_EVENTS.map((e) => e.slug)),
		edition: fc.constantFrom(...EDITIONS),
		level: fc.constantFrom(...LEVELS),
		type: fc.constantFrom(...TYPES),
		measure: fc.constant('proactive' as const)
	}) as fc.Arbitrary<ServicesState>;

describe('services result files', () => {
	it('answer 150 random grid requests with exactly the rows DuckDB gives, in order', async () => {
		let rows = 0;
		let empty = 0;
		await fc.assert(
			fc.asyncProperty(states(), async (s) => {
				const expected = await db.query(servicesGridQuery(gridRequest(s)));
				rows += expected.length;
				if (!expected.length) empty++;
				expect(gridSlice(await gridFile(s.edition, s.event), gridRequest(s))).toEqual(expected);
			}),
			{ numRuns: 150, seed: 23 }
		);
		// Enough rows, from enough filters, to mean something.
		expect(rows).toBeGreaterThan(1_000);
		expect(empty).toBeGreaterThan(5);
		expect(empty).toBeLessThan(100);
	}, 600_000);

	it('answer 80 random summary requests with the measures DuckDB gives', async () => {
		await fc.assert(
			fc.asyncProperty(states(), async (s) => {
				const lifeEvent = LIFE_EVENTS.find((e) => e.slug === s.event)?.name;
				const expected = await db.query(
					servicesSummaryQuery({ countries: s.country, by: 'life_event', lifeEvent })
				);
				const sliced = summarySlice(await summaryFile(s.event), s.country);
				expect(sliced.map((r) => [r.country, r.edition, r.years, r.services])).toEqual(
					expected.map((r) => [r.country, r.edition, r.years, r.services])
				);
				// Averages over more countries may add in another order: equal to the last bits.
				sliced.forEach((row, i) => {
					for (const k of ['central', 'regional', 'local', 'providers', 'portal'] as const)
						if (expected[i]?.[k] === null) expect(row[k]).toBeNull();
						else expect(row[k]).toBeCloseTo(expected[i]?.[k] as number, 9);
					expect(row.cross_border).toBe(expected[i]?.cross_border);
					expect(row.proactive).toBeCloseTo(expected[i]?.proactive as number, 9);
				});
			}),
			{ numRuns: 80, seed: 29 }
		);
	}, 600_000);

	it('are written for every edition and life event a link can choose, and no other', async () => {
		expect(gridFileEntries()).toHaveLength(EDITIONS.length * LIFE_EVENTS.length);
		expect(summaryFileEntries()).toHaveLength(LIFE_EVENTS.length);
		expect(await buildGridFile(db, 2019, 'family')).toBeNull();
		expect(await buildGridFile(db, 2024, 'Family')).toBeNull();
		expect(await buildSummaryFile(db, 'no-such-event')).toBeNull();
		expect(countries.length).toBeGreaterThan(25);
	});
});
