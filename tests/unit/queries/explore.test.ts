import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exploreQuery, type ExploreRequest } from '$lib/queries/explore';
import { exploreCountriesQuery } from '$lib/queries/explore-countries';
import { exploreTargetsQuery } from '$lib/queries/explore-targets';
import { exploreYearsQuery } from '$lib/queries/explore-years';
import type { Query } from '$lib/queries/query';
import { openNodeDb } from '$lib/server/node-db';

let db: Awaited<ReturnType<typeof openNodeDb>>;
beforeAll(async () => (db = await openNodeDb('static/data')));
afterAll(() => db.connection.closeSync());

const base: ExploreRequest = {
	indicators: ['eu_egov.overall'],
	countries: ['EST', 'DEU'],
	from: null,
	to: null,
	everyone: false
};

describe('explorer SQL on real DuckDB', () => {
	it.each([
		['one indicator', exploreQuery(base)],
		['no indicator, no country', exploreQuery({ ...base, indicators: [], countries: [] })],
		['all countries, everyone', exploreQuery({ ...base, countries: 'all', everyone: true })],
		['countries', exploreCountriesQuery()],
		['years', exploreYearsQuery()],
		['targets', exploreTargetsQuery()],
		['targets of none', exploreTargetsQuery([])]
	] as [string, Query][])('%s: EXPLAIN accepts the generated SQL', async (_, q) => {
		const plan = await db.connection.runAndReadAll(`EXPLAIN ${q.sql}`, q.params as never);
		expect(plan.getRows().length).toBeGreaterThan(0);
	});

	it('returns the published values and the EU27 average the source publishes', async () => {
		const rows = await db.query(exploreQuery(base));
		const est = rows.find((r) => r.country === 'EST' && r.year === 2023);
		expect(est).toMatchObject({ role: 'country', picked: true, name: 'Estonia', eu27: true });
		expect(est?.value).toBeCloseTo(92.0, 1);
		const eu = rows.find((r) => r.country === 'EU27' && r.year === 2023);
		expect(eu).toMatchObject({ role: 'eu27_published', picked: false });
		expect(eu?.value).toBeCloseTo(75.8, 1);
		expect(rows.find((r) => r.country === 'EST' && r.year === 2020)?.flag).toBe('break');
		expect(new Set(rows.map((r) => r.country))).toEqual(new Set(['EST', 'DEU', 'EU27']));
	});

	it('computes the EU27 mean of the member states where none is published', async () => {
		const rows = await db.query(exploreQuery({ ...base, indicators: ['un_egdi.egdi'] }));
		const eu = rows.find((r) => r.role === 'eu27_mean' && r.year === 2024);
		expect(eu?.n).toBe(27);
		expect(eu?.value).toBeGreaterThan(0.8);
		expect(rows.some((r) => r.role === 'eu27_published')).toBe(false);
	});

	it('adds every country assessed, not chosen, when asked', async () => {
		const rows = await db.query(
			exploreQuery({ ...base, indicators: ['un_egdi.egdi'], everyone: true })
		);
		const in2024 = rows.filter((r) => r.role === 'country' && r.year === 2024);
		expect(in2024).toHaveLength(193);
		expect(
			in2024
				.filter((r) => r.picked)
				.map((r) => r.country)
				.sort()
		).toEqual(['DEU', 'EST']);
	});

	it('keeps to the year range, both ends included', async () => {
		const rows = await db.query(
			exploreQuery({ ...base, indicators: ['un_egdi.egdi'], from: 2010, to: 2014 })
		);
		expect([...new Set(rows.map((r) => r.year))].sort()).toEqual([2010, 2012, 2014]);
	});

	it('picks every country assessed for the group "all"', async () => {
		const rows = await db.query(exploreQuery({ ...base, countries: 'all', from: 2023, to: 2023 }));
		const picked = rows.filter((r) => r.role === 'country');
		expect(picked.length).toBeGreaterThan(27);
		expect(picked.every((r) => r.picked)).toBe(true);
	});

	it('lists countries with their groups, and the targets', async () => {
		const countries = await db.query(exploreCountriesQuery());
		expect(
			countries
				.filter((c) => c.wp6_five)
				.map((c) => c.country)
				.sort()
		).toEqual(['BEL', 'DEU', 'DNK', 'EST', 'GBR']);
		expect(countries.filter((c) => c.tropico_ten)).toHaveLength(10);
		expect(countries.filter((c) => c.meta_eight)).toHaveLength(8);
		expect(countries.filter((c) => c.eu27)).toHaveLength(27);
		expect(countries.some((c) => c.country === 'EU27')).toBe(false);
		const targets = await db.query(exploreTargetsQuery(['desi2022.services_citizens']));
		expect(targets).toEqual([expect.objectContaining({ target_value: 100, target_year: 2030 })]);
		const years = await db.query(exploreYearsQuery());
		expect(years.filter((y) => y.indicator_id === 'un_egdi.egdi')).toHaveLength(12);
	});

	it('binds hostile values as data, never as SQL', async () => {
		const q = exploreQuery({
			...base,
			indicators: ["eu_egov.overall' OR 1=1 --"],
			countries: ["EST'; DROP TABLE observations; --"]
		});
		expect(q.sql).not.toContain('DROP');
		expect(q.sql).not.toContain('OR 1=1');
		expect(await db.query(q)).toEqual([]);
	});
});
