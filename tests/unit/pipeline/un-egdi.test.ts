import { describe, expect, it } from 'vitest';
import { EDITIONS, readEdition, toValues } from '../../../pipeline/sources/un-egdi.ts';
import { METHOD_CHANGES, flagMethodBreaks } from '../../../pipeline/sources/un-egdi-breaks.ts';
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

describe('flagMethodBreaks', () => {
	const row = (indicator: string, year: number, value: number | null = 0.5, flag = null) => ({
		indicator_id: `un_egdi.${indicator}`,
		country: 'EST',
		year,
		value,
		flag
	});
	const flags = (rows: ReturnType<typeof row>[]) =>
		flagMethodBreaks(rows).map((r) => [r.indicator_id, r.year, r.flag]);

	it('flags the first TII and EGDI edition of each documented set of TII components', () => {
		const years = EDITIONS;
		const out = flagMethodBreaks(years.flatMap((y) => [row('tii', y), row('egdi', y)]));
		for (const id of ['un_egdi.tii', 'un_egdi.egdi']) {
			const flagged = out.filter((r) => r.indicator_id === id && r.flag === 'break');
			expect(flagged.map((r) => r.year)).toEqual([2008, 2012, 2014, 2018, 2020]);
			expect(METHOD_CHANGES[id]).toEqual([2008, 2012, 2014, 2018, 2020]);
		}
	});

	it('leaves HCI, OSI, EPI and rank unflagged', () => {
		const out = flagMethodBreaks(
			['hci', 'osi', 'epi', 'rank'].flatMap((m) => EDITIONS.map((y) => row(m, y)))
		);
		expect(out.every((r) => r.flag === null)).toBe(true);
	});

	it('flags once across a gap spanning several changes, and never a series start', () => {
		expect(
			flags([row('tii', 2005), row('tii', 2010, null), row('tii', 2016), row('tii', 2022)])
		).toEqual([
			['un_egdi.tii', 2005, null],
			['un_egdi.tii', 2010, null],
			['un_egdi.tii', 2016, 'break'],
			['un_egdi.tii', 2022, 'break']
		]);
		expect(flags([row('egdi', 2014), row('egdi', 2016)])).toEqual([
			['un_egdi.egdi', 2014, null],
			['un_egdi.egdi', 2016, null]
		]);
	});
});
