import { describe, expect, it } from 'vitest';
import { idList, someOf, yearRange } from '$lib/state/params';

const OPEN = { from: null, to: null };

describe('yearRange', () => {
	const time = yearRange('time', OPEN);

	it.each([
		['2010..latest', { from: 2010, to: null }],
		['earliest..2020', { from: null, to: 2020 }],
		['2010..2020', { from: 2010, to: 2020 }],
		['2022', { from: 2022, to: 2022 }],
		['earliest..latest', OPEN],
		['..2015', { from: null, to: 2015 }],
		[' 2010..LATEST ', { from: 2010, to: null }]
	])('reads "%s"', (raw, value) => {
		expect(time.decode(raw)).toEqual({ value, problems: [] });
	});

	it.each([
		[{ from: 2010, to: null }, '2010..latest'],
		[{ from: null, to: 2020 }, 'earliest..2020'],
		[{ from: 2022, to: 2022 }, '2022'],
		[OPEN, 'earliest..latest']
	])('writes %j as "%s" and reads it back', (value, raw) => {
		expect(time.encode(value)).toBe(raw);
		expect(time.decode(raw).value).toEqual(value);
	});

	it('swaps a range given backwards and says so', () => {
		const { value, problems } = time.decode('2020..2010');
		expect(value).toEqual({ from: 2010, to: 2020 });
		expect(problems[0]).toMatch(/Swapped time "2020..2010"/);
	});

	it.each([
		'latest',
		'earliest',
		'20',
		'12345',
		'1800',
		'2010..2012..2014',
		'<script>',
		'2010~2012',
		'%',
		'+',
		'2010;',
		''
	])('falls back on "%s" and says why', (raw) => {
		const { value, problems } = time.decode(raw);
		expect(value).toEqual(OPEN);
		expect(problems[0]).toMatch(/Ignored time/);
	});

	it('compares by both ends', () => {
		expect(time.equals({ from: 2010, to: null }, { from: 2010, to: null })).toBe(true);
		expect(time.equals({ from: 2010, to: null }, { from: 2010, to: 2024 })).toBe(false);
	});
});

describe('idList', () => {
	const ids = new Set(['un_egdi.egdi', 'eu_egov.overall']);
	const list = idList('indicator', (id) => ids.has(id), ['un_egdi.egdi']);

	it('keeps known ids in order, once, case-sensitively', () => {
		expect(list.decode('eu_egov.overall~un_egdi.egdi~eu_egov.overall')).toEqual({
			value: ['eu_egov.overall', 'un_egdi.egdi'],
			problems: []
		});
		expect(list.decode('UN_EGDI.EGDI~eu_egov.overall').value).toEqual(['eu_egov.overall']);
	});

	it('falls back when nothing is left, and reports what it dropped', () => {
		const { value, problems } = list.decode('nope~<script>');
		expect(value).toEqual(['un_egdi.egdi']);
		expect(problems).toEqual([
			'Ignored indicator "nope": not in the data.',
			'Ignored indicator "<script>": not in the data.'
		]);
		expect(list.decode('').value).toEqual(['un_egdi.egdi']);
	});

	it('caps huge lists and the problems it reports', () => {
		const { problems } = list.decode(Array(10_000).fill('x').join('~'));
		expect(problems.length).toBeLessThanOrEqual(6);
		expect(problems.at(-1)).toMatch(/Ignored 9995 more/);
	});
});

describe('someOf', () => {
	const ref = someOf('ref', ['eu', 'target'] as const, ['eu']);

	it('reads a subset in the set order; empty means none', () => {
		expect(ref.decode('target~eu')).toEqual({ value: ['eu', 'target'], problems: [] });
		expect(ref.decode('')).toEqual({ value: [], problems: [] });
		expect(ref.encode(['eu', 'target'])).toBe('eu~target');
	});

	it('ignores unknown items and says so', () => {
		const { value, problems } = ref.decode('TARGET~median~<b>');
		expect(value).toEqual(['target']);
		expect(problems).toHaveLength(2);
		expect(problems[1]).toMatch(/Ignored ref "<b>"/);
	});

	it('keeps the default when nothing in the link is usable, but not for an empty list', () => {
		const { value, problems } = ref.decode('foo');
		expect(value).toEqual(['eu']);
		expect(problems).toEqual([
			'Ignored ref "foo": expected eu, target.',
			'Kept the default ref: eu.'
		]);
		expect(ref.decode('').value).toEqual([]);
	});
});
