import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countriesWithDataQuery } from '$lib/queries/countries';
import { homeQuery } from '$lib/queries/home';
import { seriesQuery } from '$lib/queries/series';
import { rankSeriesQuery } from '$lib/queries/rank-series';
import { indicatorCatalogQuery } from '$lib/queries/catalog';
import { indicatorsQuery, sourcesQuery } from '$lib/queries/sources';
import type { Sql } from '$lib/queries/query';
import { openNodeDb } from '$lib/server/node-db';

const UP = { higher_is_better: true };
let db: Awaited<ReturnType<typeof openNodeDb>>;
beforeAll(async () => (db = await openNodeDb('static/data')));
afterAll(() => db.connection.closeSync());

const value = async (q: Sql, country: string, year: number) =>
	(await db.query(q)).find((r) => r.country === country && r.year === year && r.role === 'country')
		?.value;

describe('SQL builders on real DuckDB', () => {
	it.each([
		['series', seriesQuery({ indicator: 'un_egdi.egdi', countries: ['DNK', 'EST'] })],
		['series, no country', seriesQuery({ indicator: 'un_egdi.egdi', countries: [] })],
		['home rank', homeQuery({ indicator: 'un_egdi.egdi', country: ['DEU'], view: 'rank' }, UP)],
		['countries', countriesWithDataQuery('un_egdi.egdi')],
		['countries, any indicator', countriesWithDataQuery(null)],
		[
			'computed ranks',
			rankSeriesQuery({ indicator: 'eu_egov.overall', countries: ['EST'], higherIsBetter: true })
		],
		['catalogue', indicatorCatalogQuery()],
		['sources', sourcesQuery()],
		['indicators', indicatorsQuery()]
	])('%s: EXPLAIN accepts the generated SQL', async (_, q) => {
		const plan = await db.connection.runAndReadAll(`EXPLAIN ${q.sql}`, q.params as never);
		expect(plan.getRows().length).toBeGreaterThan(0);
	});

	it('returns the values of the UN files', async () => {
		const q = seriesQuery({ indicator: 'un_egdi.egdi', countries: ['DNK', 'EST', 'DEU'] });
		expect(await value(q, 'DNK', 2022)).toBe(0.9717);
		expect(await value(q, 'EST', 2024)).toBe(0.97274);
		expect(await value(q, 'DEU', 2022)).toBe(0.877);
		expect(
			await value(
				homeQuery({ indicator: 'un_egdi.egdi', country: ['DNK'], view: 'rank' }, UP),
				'DNK',
				2024
			)
		).toBe(1);
	});

	it('computes the EU27 average from the member states where the source publishes none', async () => {
		const rows = await db.query(seriesQuery({ indicator: 'un_egdi.egdi', countries: [] }));
		const eu2024 = rows.find((r) => r.role === 'eu27_mean' && r.year === 2024);
		expect(eu2024?.n).toBe(27);
		expect(eu2024?.value).toBeGreaterThan(0.8);
		expect(eu2024?.value).toBeLessThan(0.95);
		expect(rows.every((r) => typeof r.value === 'number')).toBe(true);
	});

	it('uses the EU27 average the source publishes, and ranks among countries only', async () => {
		const rows = await db.query(
			seriesQuery({ indicator: 'eu_egov.overall', countries: ['EST', 'DEU'] })
		);
		expect(rows.find((r) => r.role === 'eu27_published' && r.year === 2023)?.value).toBeCloseTo(
			75.8,
			1
		);
		expect(rows.some((r) => r.role === 'eu27_mean')).toBe(false);
		expect(rows.find((r) => r.country === 'EST' && r.year === 2023)?.value).toBeCloseTo(92.0, 1);
		const ranks = await db.query(
			rankSeriesQuery({
				indicator: 'eu_egov.overall',
				countries: ['EST', 'MLT'],
				higherIsBetter: true
			})
		);
		const est = ranks.find((r) => r.country === 'EST' && r.year === 2023);
		const mlt = ranks.find((r) => r.country === 'MLT' && r.year === 2023);
		expect(mlt?.value).toBe(1);
		expect(est?.value).toBeGreaterThan(1);
		expect(est?.n).toBe(mlt?.n);
		expect(ranks.every((r) => r.country !== 'EU27' || r.role === 'eu27_mean')).toBe(true);
	});

	it('lists the catalogue with coverage', async () => {
		const list = await db.query(indicatorCatalogQuery());
		const egdi = list.find((r) => r.indicator_id === 'un_egdi.egdi');
		expect(egdi).toMatchObject({
			countries: 193,
			first_year: 2003,
			last_year: 2024,
			unit: 'index (0–1)'
		});
		expect(new Set(list.map((r) => r.family)).size).toBeGreaterThanOrEqual(5);
	});

	it('binds hostile values as data, never as SQL', async () => {
		const q = seriesQuery({
			indicator: "un_egdi.egdi' OR 1=1 --",
			countries: ["DNK'; DROP TABLE observations; --"]
		});
		expect(q.sql).not.toContain('DROP');
		expect(await db.query(q)).toEqual([]);
		expect((await db.query(countriesWithDataQuery('un_egdi.egdi'))).length).toBe(193);
	});
});
