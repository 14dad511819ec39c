import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countryCodingQuery, type CodingRow } from '$lib/queries/country-coding';
import { countryInfoQuery } from '$lib/queries/country-info';
import { countryProfileQuery, type ProfileRow } from '$lib/queries/country-profile';
import { countryStrategiesQuery, type StrategyRow } from '$lib/queries/country-strategies';
import type { Sql } from '$lib/queries/query';
import { openNodeDb } from '$lib/server/node-db';

let db: Awaited<ReturnType<typeof openNodeDb>>;
beforeAll(async () => (db = await openNodeDb('static/data')));
afterAll(() => db.connection.closeSync());

const profile = async (country: string) =>
	(await db.query(countryProfileQuery(country))) as unknown as ProfileRow[];
const row = (rows: ProfileRow[], indicator: string, year: number) =>
	rows.find((r) => r.indicator_id === indicator && r.year === year);

describe('country profile queries on real DuckDB', () => {
	it.each([
		['profile', countryProfileQuery('DNK')],
		['info', countryInfoQuery('EST')],
		['strategies', countryStrategiesQuery('DEU')],
		['coding', countryCodingQuery('GBR')]
	] as [string, Sql][])('%s: EXPLAIN accepts the generated SQL', async (_, q) => {
		const plan = await db.connection.runAndReadAll(`EXPLAIN ${q.sql}`, q.params as never);
		expect(plan.getRows().length).toBeGreaterThan(0);
	});

	it('returns the values, ranks and EU27 averages of the sources', async () => {
		const dnk = await profile('DNK');
		expect(row(dnk, 'un_egdi.egdi', 2022)).toMatchObject({ value: 0.9717, rank: 1, n: 193 });
		expect(row(dnk, 'un_egdi.egdi', 2014)?.rank).toBe(16);
		const egdiEu = row(dnk, 'un_egdi.egdi', 2024);
		expect(egdiEu?.eu27_role).toBe('eu27_mean');
		expect(egdiEu?.eu27_value).toBeGreaterThan(0.8);
		const est = await profile('EST');
		expect(row(est, 'un_egdi.egdi', 2010)?.rank).toBe(20);
		expect(row(est, 'un_egdi.egdi', 2024)?.rank).toBe(2);
		expect(row(est, 'eu_egov.overall', 2023)).toMatchObject({ eu27_role: 'eu27_published' });
		expect(row(est, 'eu_egov.overall', 2023)?.value).toBeCloseTo(92.0, 1);
		expect(row(est, 'eu_egov.overall', 2023)?.eu27_value).toBeCloseTo(75.8, 1);
		expect(row(est, 'eu_egov.overall', 2023)?.rank).toBeGreaterThan(1);
	});

	it('ranks lower-is-better indicators upwards and keeps every value a number', async () => {
		const est = await profile('EST');
		expect(row(est, 'un_egdi.rank', 2024)).toMatchObject({ value: 2, rank: 2 });
		expect(est.every((r) => typeof r.value === 'number' && typeof r.rank === 'number')).toBe(true);
		expect(est.every((r) => (r.rank ?? 0) >= 1 && (r.rank ?? 0) <= r.n)).toBe(true);
	});

	it("gives the OECD's own rank among the members it ranks, and none to a partner it did not", async () => {
		const bel = await profile('BEL');
		// Recomputed among all 38 countries scored, Belgium was 26th; the OECD ranks it 24th of 33.
		expect(row(bel, 'oecd_dgi.composite', 2023)).toMatchObject({ rank: 24, n: 33 });
		const hrv = await profile('HRV');
		expect(row(hrv, 'oecd_dgi.composite', 2023)).toMatchObject({ rank: null, n: 33 });
		expect(row(hrv, 'oecd_dgi.composite', 2023)?.value).toBeCloseTo(0.5, 0);
		// The UN's own rank still, out of every country it ranks.
		expect(row(bel, 'un_egdi.egdi', 2024)).toMatchObject({ rank: 56, n: 193 });
	});

	it('covers a country outside Europe on the UN survey only', async () => {
		const ken = await profile('KEN');
		expect(new Set(ken.map((r) => r.indicator_id.split('.')[0]))).toEqual(new Set(['un_egdi']));
		expect(ken.every((r) => r.eu27_value !== null)).toBe(true);
		expect((await db.query(countryInfoQuery('KEN')))[0]).toMatchObject({
			name: 'Kenya',
			tradition: null,
			tropico_ten: false
		});
	});

	it('tells the programme countries apart and never returns an aggregate', async () => {
		expect((await db.query(countryInfoQuery('BEL')))[0]).toMatchObject({
			name: 'Belgium',
			state_structure: 'federal',
			tradition: 'Napoleonic (mixed)',
			wp6_five: true
		});
		// As research/domain.md classifies them, not flattened to federal/unitary.
		expect((await db.query(countryInfoQuery('GBR')))[0]?.state_structure).toBe(
			'unitary with devolution'
		);
		expect((await db.query(countryInfoQuery('ESP')))[0]?.state_structure).toBe(
			'quasi-federal (autonomous communities)'
		);
		expect(await db.query(countryInfoQuery('EU27'))).toEqual([]);
	});

	it('lists strategies in order with their coding and evidence', async () => {
		const deu = (await db.query(countryStrategiesQuery('DEU'))) as unknown as StrategyRow[];
		expect(deu.map((s) => s.start_year)).toEqual([...deu.map((s) => s.start_year)].sort());
		expect(deu.find((s) => s.strategy_id === 'deu-2017-online-access-act')).toMatchObject({
			kind: 'law',
			coded: 13,
			end_year: null
		});
		const coding = (await db.query(countryCodingQuery('EST'))) as unknown as CodingRow[];
		const c = coding.find((r) => r.feature_id === 'coordination_model');
		expect(c).toMatchObject({ scale: 'coordination', label: 'Coordination model' });
		expect(c?.source_url).toMatch(/^https?:\/\//);
		// Silence is 0 with no quotation; every other code rests on one.
		expect(coding.every((r) => r.code === '0' || (r.evidence ?? '').length > 0)).toBe(true);
		expect(coding.some((r) => r.code === '0' && r.evidence === null)).toBe(true);
	});

	it('binds hostile values as data, never as SQL', async () => {
		const q = countryProfileQuery("DNK'; DROP TABLE observations; --");
		expect(q.sql).not.toContain('DROP');
		expect(await db.query(q)).toEqual([]);
		expect((await profile('DNK')).length).toBeGreaterThan(50);
	});
});
