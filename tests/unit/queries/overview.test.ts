import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overviewQuery, type OverviewRow } from '$lib/queries/overview';
import { openNodeDb } from '$lib/server/node-db';

const FIVE = ['BEL', 'DNK', 'EST', 'DEU', 'GBR'];
const HEADLINE = ['un_egdi.egdi', 'eu_egov.overall', 'desi2022.dps', 'oecd_dgi.composite'];
let db: Awaited<ReturnType<typeof openNodeDb>>;
beforeAll(async () => (db = await openNodeDb('static/data')));
afterAll(() => db.connection.closeSync());

const run = async (indicators = HEADLINE, countries = FIVE) =>
	(await db.query(
		overviewQuery({ indicators, countries, targetYear: 2030 })
	)) as unknown as OverviewRow[];
const find = (rows: OverviewRow[], id: string, country: string, year: number) =>
	rows.find((r) => r.indicator_id === id && r.country === country && r.year === year);

describe('overview query on real DuckDB', () => {
	it('EXPLAIN accepts the generated SQL, also with no indicator or country', async () => {
		for (const q of [
			overviewQuery({ indicators: HEADLINE, countries: FIVE, targetYear: 2030 }),
			overviewQuery({ indicators: [], countries: [], targetYear: 2030 })
		]) {
			const plan = await db.connection.runAndReadAll(`EXPLAIN ${q.sql}`, q.params as never);
			expect(plan.getRows().length).toBeGreaterThan(0);
		}
		expect(await run([], [])).toEqual([]);
	});

	it('binds every value: the SQL text holds no country, indicator or year', () => {
		const q = overviewQuery({ indicators: HEADLINE, countries: FIVE, targetYear: 2030 });
		for (const v of [...FIVE, ...HEADLINE, '2030']) expect(q.sql).not.toContain(v);
		expect(q.sql.split('?').length - 1).toBe(q.params.length);
	});

	it('flags the latest edition of each country, with the published UN rank', async () => {
		const rows = await run();
		const latest = rows.filter((r) => r.latest);
		expect(latest.map((r) => `${r.indicator_id} ${r.country}`)).toHaveLength(
			new Set(latest.map((r) => `${r.indicator_id} ${r.country}`)).size
		);
		expect(find(rows, 'un_egdi.egdi', 'EST', 2024)).toMatchObject({
			value: 0.97274,
			rank: 2,
			n: 193,
			latest: true,
			eu27_role: 'eu27_mean',
			distance: null
		});
		expect(find(rows, 'un_egdi.egdi', 'DNK', 2022)).toMatchObject({ value: 0.9717, latest: false });
		expect(find(rows, 'un_egdi.egdi', 'EST', 2010)?.rank).toBe(20);
		expect(find(rows, 'un_egdi.egdi', 'BEL', 2024)?.rank).toBe(56);
	});

	it('ranks the EU benchmark among every country assessed and uses its published EU27 average', async () => {
		const rows = await run();
		const est = find(rows, 'eu_egov.overall', 'EST', 2023);
		expect(est).toMatchObject({ latest: true, eu27_role: 'eu27_published', n: 37 });
		expect(est?.value).toBeCloseTo(92.0, 1);
		expect(est?.eu27_value).toBeCloseTo(75.8, 1);
		const gbr = rows.filter((r) => r.indicator_id === 'eu_egov.overall' && r.country === 'GBR');
		expect(gbr.find((r) => r.latest)?.year).toBe(2020);
	});

	it('leaves out countries not assessed and takes the EU27 mean where none is published', async () => {
		const rows = await run();
		const dgi = rows.filter((r) => r.indicator_id === 'oecd_dgi.composite');
		expect(dgi.map((r) => r.country).sort()).toEqual(['BEL', 'DNK', 'EST', 'GBR']);
		// The OECD's own ranks, of the 33 members it ranks (38 countries were scored).
		expect(dgi.every((r) => r.eu27_role === 'eu27_mean' && r.n === 33)).toBe(true);
		expect(dgi.find((r) => r.country === 'BEL')?.rank).toBe(24);
		expect(rows.some((r) => r.indicator_id === 'desi2022.dps' && r.country === 'GBR')).toBe(false);
	});

	it('measures the distance to a 2030 target where the targets table has one', async () => {
		const rows = await run(['desi2022.services_citizens'], ['EST', 'DEU']);
		expect(rows.length).toBeGreaterThan(0);
		for (const r of rows) {
			expect(r).toMatchObject({ target_value: 100, target_year: 2030 });
			expect(r.distance).toBeCloseTo(100 - r.value, 9);
		}
		const old = await db.query(
			overviewQuery({ indicators: ['desi2022.egov_users'], countries: ['EST'], targetYear: 2030 })
		);
		expect(old.every((r) => r.target_value === null && r.distance === null)).toBe(true);
	});
});
