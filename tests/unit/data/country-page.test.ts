import { describe, expect, it } from 'vitest';
import type { IndicatorMeta } from '$lib/catalog/indicators';
import { digitsOf } from '$lib/data/country-indicators';
import { distinctSentences, familyTables, headlines, readings } from '$lib/data/country-page';
import type { ProfileRow } from '$lib/queries/country-profile';

const meta = (
	indicator_id: string,
	family: string,
	unit: string,
	scale_max: number | null,
	caveat: string | null = null
): IndicatorMeta => ({
	indicator_id,
	source_id: indicator_id.split('.')[0] as string,
	family,
	dimension: null,
	label: indicator_id,
	description: null,
	unit,
	scale_min: 0,
	scale_max,
	higher_is_better: unit !== 'rank',
	caveat,
	countries: 193,
	first_year: 2003,
	last_year: 2024
});
const CATALOGUE = [
	meta('un_egdi.egdi', 'UN', 'index (0–1)', 1, 'Relative to all countries. Each edition differs.'),
	meta('un_egdi.rank', 'UN', 'rank', null, 'Relative to all countries. Ranks move with others.'),
	meta('oecd_dgi.composite', 'OECD', 'index (0–1)', 1),
	meta('eu_egov.overall', 'EU', 'score (0–100)', 100)
];
const DESI = meta('desi2022.egov_users', 'DESI', '% of internet users', 100);
const row = (
	indicator_id: string,
	year: number,
	value: number,
	rank: number,
	n = 193
): ProfileRow => ({
	indicator_id,
	year,
	value,
	flag: null,
	ref_period: null,
	rank,
	n,
	eu27_value: value - 0.05,
	eu27_role: 'eu27_mean',
	eu27_n: 27
});
const ROWS = [
	row('un_egdi.egdi', 2010, 0.7965, 20),
	row('un_egdi.egdi', 2024, 0.97274, 2),
	row('un_egdi.rank', 2010, 20, 20),
	row('un_egdi.rank', 2024, 2, 2),
	row('oecd_dgi.composite', 2023, 0.61, 3, 38)
];

describe('country profile tables and readings', () => {
	it('groups indicators by family, latest edition formatted', () => {
		const tables = familyTables(ROWS, CATALOGUE);
		expect(tables.map((t) => t.family)).toEqual(['UN', 'OECD']);
		const [egdi, rank] = tables[0]?.lines ?? [];
		expect(egdi).toMatchObject({ value: '0.973', year: 2024, rank: 2, n: 193, eu27: '0.923' });
		expect(egdi?.first).toEqual({ year: 2010, value: '0.796' });
		expect(egdi?.spark?.d).toMatch(/^M2,16L78,2$/);
		expect(rank).toMatchObject({ value: '2', rank: null });
		expect(rank?.spark?.end).toEqual([78, 2]);
		expect(tables[1]?.lines[0]?.spark).toBeNull();
		expect(egdi?.period).toBeNull();
		// A data period the year does not say is shown beside it.
		const dgi = familyTables(
			[{ ...row('oecd_dgi.composite', 2023, 0.61, 3, 38), ref_period: '2020-2022' }],
			CATALOGUE
		);
		expect(dgi[0]?.lines[0]?.period).toBe('2020–2022');
	});

	it('puts the headline families first, and the headline indicator first in its family', () => {
		const rows = [...ROWS, row('desi2022.egov_users', 2022, 89.4, 6, 27)];
		const tables = familyTables(rows, [DESI, ...CATALOGUE].reverse());
		expect(tables.map((t) => t.family)).toEqual(['UN', 'OECD', 'DESI']);
		expect(tables[0]?.lines.map((l) => l.id)).toEqual(['un_egdi.egdi', 'un_egdi.rank']);
	});

	it('states each caveat sentence once per family', () => {
		expect(familyTables(ROWS, CATALOGUE)[0]?.caveats).toEqual([
			'Relative to all countries.',
			'Each edition differs.',
			'Ranks move with others.'
		]);
		expect(distinctSentences(['Version 1.2 is kept. A b.', 'A b. C d.'])).toEqual([
			'Version 1.2 is kept.',
			'A b.',
			'C d.'
		]);
	});

	it('picks the headline benchmarks the country has, and reads each in a sentence', () => {
		const heads = headlines(ROWS, CATALOGUE);
		expect(heads.map((h) => h.meta.indicator_id)).toEqual(['un_egdi.egdi', 'oecd_dgi.composite']);
		expect(readings('Estonia', heads)).toEqual([
			'Estonia rose from 20th to 2nd in the UN e-government index between 2010 and 2024.',
			'Estonia ranked 3rd of 38 in the OECD Digital Government Index in 2023.'
		]);
	});

	it('shows three digits on indices, one on scores, none on ranks', () => {
		expect(CATALOGUE.map(digitsOf)).toEqual([3, 0, 3, 1]);
	});
});
