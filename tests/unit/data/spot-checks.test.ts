import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb } from '$lib/server/node-db';

/**
 * The published data package against numbers read by hand from the publishers' files
 * (UN Data Center CSVs, eGovernment Benchmark 2024 workbook, DESI exports, OECD CSVs, ODM 2023).
 */
const CHECKS: [
	indicator: string,
	country: string,
	year: number,
	expected: number,
	digits: number
][] = [
	['un_egdi.egdi', 'DNK', 2022, 0.9717, 4],
	['un_egdi.egdi', 'EST', 2024, 0.97274, 5],
	['un_egdi.egdi', 'DNK', 2024, 0.98474, 5],
	['un_egdi.egdi', 'DEU', 2022, 0.877, 4],
	['un_egdi.egdi', 'DNK', 2020, 0.9758, 4],
	['un_egdi.rank', 'EST', 2024, 2, 0],
	['un_egdi.rank', 'GBR', 2016, 1, 0],
	['eu_egov.overall', 'EST', 2023, 92.0, 1],
	['eu_egov.overall', 'DEU', 2023, 65.7, 1],
	['eu_egov.overall', 'EU27', 2023, 75.8, 1],
	['eu_egov.overall', 'DNK', 2023, 85.3, 1],
	['eu_egov.overall', 'BEL', 2023, 77.9, 1],
	['eu_egov.overall', 'GBR', 2020, 69.0, 1],
	['eu_egov.online_availability', 'EST', 2023, 95.6, 1],
	['eu_egov.key_enablers', 'EU27', 2023, 77.7, 1],
	['desi2022.dps', 'EST', 2022, 91.2, 1],
	['desi2022.dps', 'EU27', 2022, 67.3464, 4],
	['desi2022.egov_users', 'DNK', 2022, 93.1986, 4],
	['desi2020.dps', 'DNK', 2020, 87.1298, 4],
	['desi2020.dps', 'GBR', 2020, 70.7718, 4],
	['oecd_dgi.composite', 'DNK', 2023, 0.811, 3],
	['oecd_dgi.composite', 'KOR', 2023, 0.935, 3],
	['oecd_dgi.composite', 'GBR', 2023, 0.775, 3],
	['oecd_ourdata.availability', 'FRA', 2023, 0.89, 2],
	['eu_odm.overall', 'EST', 2023, 93.8, 1],
	['eu_odm.overall', 'DEU', 2023, 83.2, 1]
];

let db: Awaited<ReturnType<typeof openNodeDb>>;
beforeAll(async () => (db = await openNodeDb('static/data')));
afterAll(() => db.connection.closeSync());

describe('spot checks of the published data package', () => {
	it.each(CHECKS)('%s %s %i = %d', async (indicator, country, year, expected, digits) => {
		const rows = await db.query({
			sql: 'SELECT value, source_id, source_ref FROM observations WHERE indicator_id = ? AND country = ? AND year = ?',
			params: [indicator, country, year]
		});
		expect(rows).toHaveLength(1);
		expect(rows[0]?.value).toBeCloseTo(expected, digits);
		expect(String(rows[0]?.source_ref)).toMatch(/\S+\.(csv|xlsx)/);
	});

	it('has no Germany in the OECD DGI 2023, as published', async () => {
		const rows = await db.query({
			sql: "SELECT count(*)::INTEGER AS n FROM observations WHERE indicator_id LIKE 'oecd_dgi.%' AND country = 'DEU'",
			params: []
		});
		expect(rows[0]?.n).toBe(0);
	});

	it('keeps the two DESI methods apart and flags the eGovernment Benchmark break', async () => {
		const rows = await db.query({
			sql: `SELECT
				(SELECT count(*)::INTEGER FROM indicators WHERE indicator_id LIKE 'desi2020.%' AND caveat IS NULL) AS uncaveated,
				(SELECT count(*)::INTEGER FROM observations WHERE indicator_id = 'eu_egov_yearly.overall' AND year = 2020 AND flag = 'break') AS breaks`,
			params: []
		});
		expect(rows[0]?.uncaveated).toBe(0);
		expect(rows[0]?.breaks).toBeGreaterThan(25);
	});
});
