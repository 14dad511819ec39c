import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb } from '$lib/server/node-db';

/**
 * The UN method breaks as published in static/data: each edition with new TII components
 * (pipeline/sources/un-egdi-breaks.ts cites the UN annexes) breaks the TII and the EGDI series of
 * every country that has a value before it, and nothing else.
 */
let db: Awaited<ReturnType<typeof openNodeDb>>;
beforeAll(async () => (db = await openNodeDb('static/data')));
afterAll(() => db.connection.closeSync());

const flags = async (indicator: string, country: string) =>
	Object.fromEntries(
		(
			await db.query({
				sql: 'SELECT year, flag FROM observations WHERE indicator_id = ? AND country = ? AND value IS NOT NULL ORDER BY year',
				params: [indicator, country]
			})
		).map((r) => [Number(r.year), r.flag])
	);

const breaksIn = async (indicator: string, year: number) =>
	(
		await db.query({
			sql: `SELECT count(*)::INTEGER AS n FROM observations
				WHERE indicator_id = ? AND year = ? AND flag = 'break' AND country <> 'SRB'`,
			params: [indicator, year]
		})
	)[0]?.n;

describe('UN E-Government Survey method breaks in the published data', () => {
	it.each([
		[2008, 'online population gives way to fixed-broadband subscriptions'],
		[2012, 'PC users give way to fixed Internet subscriptions'],
		[2014, 'wireless broadband subscriptions'],
		[2018, 'active mobile-broadband subscriptions'],
		[2020, 'TII components capped at 120']
	])('%i (%s) breaks the TII and the EGDI of Estonia and Germany', async (year) => {
		for (const indicator of ['un_egdi.tii', 'un_egdi.egdi'])
			for (const country of ['EST', 'DEU'])
				expect((await flags(indicator, country))[year], `${indicator} ${country}`).toBe('break');
		// Every UN member state with a value before: well over a hundred per edition.
		expect(await breaksIn('un_egdi.tii', year)).toBeGreaterThan(150);
		expect(await breaksIn('un_egdi.egdi', year)).toBeGreaterThan(150);
	});

	it('flags nothing where the TII components stayed, nor the first edition', async () => {
		for (const indicator of ['un_egdi.tii', 'un_egdi.egdi']) {
			const est = await flags(indicator, 'EST');
			for (const year of [2003, 2004, 2005, 2010, 2016, 2022, 2024])
				expect(est[year], `${indicator} ${year}`).toBeNull();
		}
	});

	it('leaves the HCI, OSI, EPI and rank without method breaks (only SRB 2008 changes territory)', async () => {
		const rows = await db.query({
			sql: `SELECT DISTINCT country, year FROM observations
				WHERE indicator_id IN ('un_egdi.hci', 'un_egdi.osi', 'un_egdi.epi', 'un_egdi.rank')
				AND flag = 'break'`,
			params: []
		});
		expect(rows).toEqual([{ country: 'SRB', year: 2008 }]);
	});

	it('says in the caveat which breaks are flagged', async () => {
		const rows = await db.query({
			sql: "SELECT indicator_id, caveat FROM indicators WHERE indicator_id IN ('un_egdi.tii', 'un_egdi.egdi')",
			params: []
		});
		expect(rows).toHaveLength(2);
		for (const r of rows) expect(String(r.caveat)).toMatch(/2008, 2012, 2014, 2018; 2020/);
	});
});
