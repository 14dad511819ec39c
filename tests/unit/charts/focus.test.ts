import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { colorOf, slotOf } from '$lib/catalog/colors';
import { CONTEXT_COLOR, DEFAULT_FOCUS, FOCUS_AFTER, focusOf } from '$lib/charts/focus';
import { focusChosen } from '$lib/charts/explore-view';
import { GROUPS } from '$lib/state/explore-state';
import { membersOf, type CountryOption } from '$lib/data/country-groups';
import { exploreCountriesQuery } from '$lib/queries/explore-countries';
import { openNodeDb, type NodeDb } from '$lib/server/node-db';

const focused = (drawn: string[], chosen?: string[]) => {
	const f = focusOf(drawn, chosen);
	return drawn.filter((c) => f.has(c));
};

describe('focus and context', () => {
	it('colours every country up to eight, and only the focus beyond', () => {
		const eight = ['AUT', 'BEL', 'DNK', 'EST', 'DEU', 'GBR', 'FIN', 'SWE'];
		expect(FOCUS_AFTER).toBe(8);
		expect(focused(eight)).toEqual(eight);
		expect(focusOf(eight).thinned).toBe(false);
		const nine = [...eight, 'POL'];
		expect(focused(nine)).toEqual(['BEL', 'DNK', 'EST', 'DEU', 'GBR']);
		expect(focusOf(nine).thinned).toBe(true);
		expect(focusOf(nine).color('POL')).toBe(CONTEXT_COLOR);
		expect(focusOf(nine).color('EST')).toBe(colorOf('EST'));
	});

	it('takes the focus the reader chose, and the extremes when none of it is drawn', () => {
		const nine = ['SWE', 'FIN', 'AUT', 'BEL', 'DNK', 'EST', 'DEU', 'POL', 'ROU'];
		expect(focused(nine, ['POL', 'FIN', 'NOR'])).toEqual(['FIN', 'POL']);
		expect(focused(nine, ['NOR'])).toEqual(['SWE', 'FIN', 'POL', 'ROU']);
	});

	it('never counts the EU27 line as a country', () => {
		const f = focusOf(['EU27', 'EST']);
		expect(f.has('EU27')).toBe(false);
		expect(f.has('EST')).toBe(true);
	});

	it('gives one of two colliding countries a free colour, the other keeps its own', () => {
		// Finland and Sweden share a colour of the hash palette.
		expect(slotOf('SWE')).toBe(slotOf('FIN'));
		const f = focusOf(['SWE', 'FIN']);
		expect(f.color('FIN')).toBe(colorOf('FIN'));
		expect(f.color('SWE')).not.toBe(colorOf('SWE'));
		expect(f.color('SWE')).not.toBe(CONTEXT_COLOR);
	});

	it('keeps the fixed colours of the five and the research countries', () => {
		const f = focusOf(['ESP', 'FRA', ...DEFAULT_FOCUS]);
		for (const c of ['ESP', 'FRA', ...DEFAULT_FOCUS]) expect(f.color(c)).toBe(colorOf(c));
	});
});

describe('no two labelled lines share a colour', () => {
	let db: NodeDb;
	let options: CountryOption[];
	beforeAll(async () => {
		db = await openNodeDb('static/data');
		options = (await db.query(exploreCountriesQuery())) as unknown as CountryOption[];
	});
	afterAll(() => db.connection.closeSync());

	it.each(GROUPS.filter((g) => g !== 'none'))('in the group %s, default or any focus', (group) => {
		const members = membersOf(group, options);
		expect(members.length).toBeGreaterThan(0);
		for (const chosen of [DEFAULT_FOCUS, members.slice(0, 8), members.slice(-8)]) {
			const f = focusOf(members, chosen);
			const shown = members.filter((c) => f.has(c));
			expect(shown.length).toBeGreaterThan(0);
			const colors = shown.map((c) => f.color(c));
			expect(new Set(colors).size, `${group}: ${shown.join(' ')}`).toBe(shown.length);
			expect(colors).not.toContain(CONTEXT_COLOR);
		}
	});
});

describe('the focus the explorer chooses', () => {
	it('is the reader’s, else the five and the countries added to a group', () => {
		expect(focusChosen({ focus: [], group: 'none', country: ['KOR'] })).toEqual(DEFAULT_FOCUS);
		expect(focusChosen({ focus: [], group: 'eu27', country: ['KOR'] })).toEqual([
			...DEFAULT_FOCUS,
			'KOR'
		]);
		expect(focusChosen({ focus: ['FRA'], group: 'eu27', country: ['KOR'] })).toEqual(['FRA']);
	});
});
