import { describe, expect, it } from 'vitest';
import { ordinal, rankSentence } from '$lib/data/country-summary';

const EST = [
	{ year: 2003, rank: 16, n: 191 },
	{ year: 2010, rank: 20, n: 192 },
	{ year: 2024, rank: 2, n: 193 },
	{ year: 2022, rank: 8, n: 193 }
];

describe('plain-language readings', () => {
	it.each([
		[1, '1st'],
		[2, '2nd'],
		[3, '3rd'],
		[4, '4th'],
		[11, '11th'],
		[12, '12th'],
		[13, '13th'],
		[21, '21st'],
		[22, '22nd'],
		[101, '101st'],
		[111, '111th'],
		[193, '193rd']
	])('writes %i as %s', (n, text) => expect(ordinal(n)).toBe(text));

	it('says how a rank moved between a year and the latest edition', () => {
		expect(rankSentence('Estonia', 'the UN index', EST, 2010)).toBe(
			'Estonia rose from 20th to 2nd in the UN index between 2010 and 2024.'
		);
		expect(rankSentence('Estonia', 'the UN index', EST)).toBe(
			'Estonia rose from 16th to 2nd in the UN index between 2003 and 2024.'
		);
		expect(rankSentence('Estonia', 'the UN index', EST, 2011)).toContain('from 8th to 2nd');
	});

	it('tells a low or high point in between when it changes the story', () => {
		// Germany in the UN index: 9th in 2003, 25th in 2020, 12th in 2024.
		const deu = [
			{ year: 2003, rank: 9, n: 191 },
			{ year: 2020, rank: 25, n: 193 },
			{ year: 2022, rank: 22, n: 193 },
			{ year: 2024, rank: 12, n: 193 }
		];
		expect(rankSentence('Germany', 'the UN index', deu)).toBe(
			'Germany fell from 9th to 12th in the UN index between 2003 and 2024, with a low point of 25th in 2020.'
		);
		const peak = [
			{ year: 2010, rank: 30, n: 193 },
			{ year: 2016, rank: 10, n: 193 },
			{ year: 2024, rank: 25, n: 193 }
		];
		expect(rankSentence('X', 'the UN index', peak)).toContain(
			', with a high point of 10th in 2016.'
		);
		// Back where it started: the detour is the whole story.
		const back = [...deu.slice(0, 3), { year: 2024, rank: 9, n: 193 }];
		expect(rankSentence('Germany', 'the UN index', back)).toBe(
			'Germany was 9th in the UN index in both 2003 and 2024, with a low point of 25th in 2020.'
		);
		// A detour smaller than half the net move is not retold.
		expect(rankSentence('Estonia', 'the UN index', EST)).not.toContain('point');
	});

	it('says when a rank fell, held, or was measured once', () => {
		const fell = [
			{ year: 2018, rank: 1, n: 193 },
			{ year: 2024, rank: 4, n: 193 }
		];
		expect(rankSentence('Denmark', 'the UN index', fell)).toBe(
			'Denmark fell from 1st to 4th in the UN index between 2018 and 2024.'
		);
		const held = fell.map((r) => ({ ...r, rank: 1 }));
		expect(rankSentence('Denmark', 'the UN index', held)).toBe(
			'Denmark was 1st in the UN index in both 2018 and 2024.'
		);
		expect(rankSentence('Estonia', 'the OECD index', [{ year: 2023, rank: 3, n: 38 }])).toBe(
			'Estonia ranked 3rd of 38 in the OECD index in 2023.'
		);
	});

	it('says when the comparison crosses a change of method, not when it starts on one', () => {
		const egov = [
			{ year: 2017, rank: 16, n: 35, flag: null },
			{ year: 2020, rank: 20, n: 36, flag: 'break' },
			{ year: 2023, rank: 26, n: 37, flag: null }
		];
		expect(rankSentence('Germany', 'the eGovernment Benchmark', egov)).toBe(
			'Germany fell from 16th to 26th in the eGovernment Benchmark between 2017 and 2023, across its 2020 change of method.'
		);
		expect(rankSentence('Germany', 'the eGovernment Benchmark', egov, 2020)).toBe(
			'Germany fell from 20th to 26th in the eGovernment Benchmark between 2020 and 2023.'
		);
	});

	it('lists several changes of method crossed as a list, in the plural', () => {
		const un = [2005, 2008, 2010, 2012, 2014].map((year, i) => ({
			year,
			rank: 10 + i,
			n: 193,
			flag: [2008, 2012, 2014].includes(year) ? 'break' : null
		}));
		expect(rankSentence('Belgium', 'the UN index', un)).toBe(
			'Belgium fell from 10th to 14th in the UN index between 2005 and 2014, across its 2008, 2012 and 2014 changes of method.'
		);
	});

	it('has nothing to say without a rank in the period', () => {
		expect(rankSentence('Estonia', 'the UN index', [])).toBeNull();
		expect(rankSentence('Estonia', 'the UN index', EST, 2030)).toBeNull();
	});
});
