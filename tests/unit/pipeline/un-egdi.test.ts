import { describe, expect, it } from 'vitest';
import { readEdition, toValues } from '../../../pipeline/sources/un-egdi.ts';
import { SourceError } from '../../../pipeline/lib/source-error.ts';

const header =
	'Survey Year,Country Name,E-Government Rank,E-Government Index,E-Participation Index,Online Service Index,Human Capital Index,Telecommunication Infrastructure Index';

describe('UN not-assessed rule', () => {
	const base = { country: null, rank: 10, egdi: 0.5, osi: 0.4, hci: 0.6, tii: 0.5, epi: 0.3 };

	it('empties every value when the country has no rank', () => {
		const v = toValues(2003, { ...base, rank: null, egdi: 0, osi: 0, hci: 0, tii: 0, epi: 0 });
		expect(Object.values(v).every((x) => x === null)).toBe(true);
	});

	it('treats EGDI 0 as a placeholder: EGDI and its tied rank are empty, OSI 0 stays', () => {
		const v = toValues(2008, { ...base, rank: 183, egdi: 0, osi: 0, hci: 0 });
		expect(v).toMatchObject({ rank: null, egdi: null, osi: 0, hci: null });
	});

	it('empties HCI and TII zeros before 2014 but keeps them from 2014, when 0 is the normalised minimum', () => {
		expect(toValues(2012, { ...base, hci: 0, tii: 0 })).toMatchObject({ hci: null, tii: null });
		expect(toValues(2014, { ...base, hci: 0, tii: 0 })).toMatchObject({ hci: 0, tii: 0 });
	});

	it('keeps EPI zeros, which are counts of features found', () => {
		expect(toValues(2010, { ...base, epi: 0 }).epi).toBe(0);
	});
});

describe('readEdition', () => {
	it('flags SRB 2003–2005 as Serbia and Montenegro, and Serbia alone from 2008 as a break', () => {
		const srb = (year: number, value = '0.37070') =>
			readEdition('f.csv', `${header}\n${year},Serbia,89,${value},0.03,0.28,0.69,0.13\n`, year);
		for (const year of [2003, 2004, 2005])
			expect(new Set(srb(year).map((r) => r.flag)), String(year)).toEqual(new Set(['territory']));
		expect(new Set(srb(2008).map((r) => r.flag))).toEqual(new Set(['break']));
		expect(new Set(srb(2010).map((r) => r.flag))).toEqual(new Set([null]));
		const denmark = readEdition('f.csv', `${header}\n2003,Denmark,1,0.9,0.5,0.9,0.9,0.9\n`, 2003);
		expect(denmark.every((r) => r.flag === null)).toBe(true);
	});

	it('reads a row, trims the name and maps it to ISO3', () => {
		const rows = readEdition(
			'f.csv',
			`${header}\n2022,"Denmark ",1,0.97170,0.98860,0.97970,0.95010,0.98530\n`,
			2022
		);
		const egdi = rows.find((r) => r.indicator_id === 'un_egdi.egdi');
		expect(egdi).toMatchObject({
			country: 'DNK',
			year: 2022,
			value: 0.9717,
			source_ref: 'f.csv | row 2 | E-Government Index'
		});
		expect(rows).toHaveLength(6);
	});

	it('stops on an unmapped country name and names it', () => {
		expect(() =>
			readEdition('f.csv', `${header}\n2022,Atlantis,1,0.9,0.9,0.9,0.9,0.9\n`, 2022)
		).toThrow(/f\.csv, row 2: unknown country name "Atlantis"/);
	});

	it('stops on text where a number belongs', () => {
		expect(() =>
			readEdition('f.csv', `${header}\n2022,Denmark,1,high,0.9,0.9,0.9,0.9\n`, 2022)
		).toThrow(SourceError);
	});

	it('stops on a renamed column', () => {
		const renamed = header.replace('Online Service Index', 'Online Services');
		expect(() => readEdition('f.csv', `${renamed}\n`, 2022)).toThrow(
			/column "Online Service Index" is missing/
		);
	});
});
