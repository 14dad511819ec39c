import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { observations } from '$lib/catalog/schema';
import { YEAR_MEANING, yearKey, yearNote } from '$lib/catalog/year-meaning';
import { openNodeDb } from '$lib/server/node-db';

describe('what the year means, per source', () => {
	it('keys an indicator by its id prefix, the single-year benchmark apart', () => {
		expect(yearKey('un_egdi.egdi')).toBe('un_egdi');
		expect(yearKey('eu_egov.overall')).toBe('eu_egov');
		expect(yearKey('eu_egov_yearly.overall')).toBe('eu_egov_yearly');
		expect(yearKey('user.upload')).toBeNull();
	});

	it('notes exactly the sources drawn, once each, in the order drawn', () => {
		const note = yearNote(['eu_egov.overall', 'un_egdi.egdi', 'eu_egov.key_enablers']);
		expect(note).toBe(
			`What the year means: eGovernment Benchmark, ${YEAR_MEANING.eu_egov.meaning}; ` +
				`UN E-Government Survey, ${YEAR_MEANING.un_egdi.meaning}.`
		);
		for (const key of Object.keys(YEAR_MEANING).filter((k) => k !== 'eu_egov' && k !== 'un_egdi'))
			expect(note).not.toContain(YEAR_MEANING[key as keyof typeof YEAR_MEANING].name + ',');
		expect(yearNote(['eu_egov_yearly.overall'])).toMatch(
			/single years, the year of data collection/
		);
		expect(yearNote([])).toBeNull();
		expect(yearNote(['user.upload'])).toBeNull();
	});

	it('is the one text the data contract describes `year` with', () => {
		const year = observations.fields.find((f) => f.name === 'year');
		for (const [key, m] of Object.entries(YEAR_MEANING)) {
			expect(year?.description).toContain(key);
			expect(year?.description).toContain(m.meaning);
		}
	});
});

describe('every published indicator has a year meaning', () => {
	let db: Awaited<ReturnType<typeof openNodeDb>>;
	beforeAll(async () => (db = await openNodeDb('static/data')));
	afterAll(() => db.connection.closeSync());

	it('covers each indicator of static/data, and nothing the package lacks', async () => {
		const rows = await db.query({
			sql: 'SELECT DISTINCT indicator_id FROM indicators ORDER BY 1',
			params: []
		});
		const keys = new Set(rows.map((r) => yearKey(String(r.indicator_id))));
		expect(keys.has(null)).toBe(false);
		expect([...keys].sort()).toEqual(Object.keys(YEAR_MEANING).sort());
	});
});
