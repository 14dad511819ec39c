import { describe, expect, it } from 'vitest';
import {
	chosenCountries,
	describeSelection,
	membersOf,
	withCountry,
	withGroup,
	withoutCountry,
	type CountryOption
} from '$lib/data/country-groups';

const c = (country: string, flags: Partial<CountryOption> = {}): CountryOption => ({
	country,
	name: country,
	wp6_five: false,
	tropico_ten: false,
	meta_eight: false,
	eu27: false,
	...flags
});
const OPTIONS = [
	c('BEL', { wp6_five: true, tropico_ten: true, eu27: true }),
	c('EST', { wp6_five: true, tropico_ten: true, meta_eight: true, eu27: true }),
	c('FRA', { tropico_ten: true, meta_eight: true, eu27: true }),
	c('ITA', { meta_eight: true, eu27: true }),
	c('KOR')
];

describe('country groups', () => {
	it('reads members from the group flags', () => {
		expect(membersOf('five', OPTIONS)).toEqual(['BEL', 'EST']);
		expect(membersOf('ten', OPTIONS)).toEqual(['BEL', 'EST', 'FRA']);
		expect(membersOf('eight', OPTIONS)).toEqual(['EST', 'FRA', 'ITA']);
		expect(membersOf('eu27', OPTIONS)).toEqual(['BEL', 'EST', 'FRA', 'ITA']);
		expect(membersOf('all', OPTIONS)).toHaveLength(5);
		expect(membersOf('none', OPTIONS)).toEqual([]);
	});

	it('shows the members and the countries added one by one, once each', () => {
		expect(chosenCountries({ group: 'five', country: ['KOR', 'EST'] }, OPTIONS)).toEqual([
			'BEL',
			'EST',
			'KOR'
		]);
		expect(chosenCountries({ group: 'all', country: ['KOR'] }, OPTIONS)).toBe('all');
	});

	it('keeps added countries the new group lacks when the group changes', () => {
		expect(withGroup({ group: 'five', country: ['FRA', 'KOR'] }, 'ten', OPTIONS)).toEqual({
			group: 'ten',
			country: ['KOR']
		});
		expect(withGroup({ group: 'five', country: ['KOR'] }, 'all', OPTIONS)).toEqual({
			group: 'all',
			country: []
		});
	});

	it('turns the group into a list when one of its members is removed', () => {
		expect(withoutCountry({ group: 'five', country: ['KOR'] }, 'BEL', OPTIONS)).toEqual({
			group: 'none',
			country: ['EST', 'KOR']
		});
		expect(withoutCountry({ group: 'five', country: ['KOR'] }, 'KOR', OPTIONS)).toEqual({
			group: 'five',
			country: []
		});
	});

	it('adds a country once', () => {
		const state = { group: 'five' as const, country: [] };
		expect(withCountry(state, 'EST', OPTIONS)).toBe(state);
		expect(withCountry(state, 'KOR', OPTIONS)).toEqual({ group: 'five', country: ['KOR'] });
	});
});

describe('the selection in words', () => {
	it.each([
		[{ group: 'five', country: [] }, 'The five'],
		[{ group: 'five', country: ['KOR', 'EST'] }, 'The five and KOR'],
		[{ group: 'none', country: ['BEL', 'FRA'] }, 'BEL, FRA'],
		[{ group: 'none', country: ['BEL', 'EST', 'FRA', 'ITA', 'KOR'] }, 'BEL, EST, FRA, ITA, 1 more'],
		[{ group: 'all', country: [] }, 'All countries assessed'],
		[{ group: 'none', country: [] }, 'No country chosen']
	] as [Parameters<typeof describeSelection>[0], string][])('%j reads "%s"', (state, text) => {
		expect(describeSelection(state, OPTIONS)).toBe(text);
	});
});
