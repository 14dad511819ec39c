import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countryLookup, mapCountries, normaliseName, type CountryRef } from '$lib/sql/country-map';
import { shippedDb } from './shipped-db';

let countries: CountryRef[];
let close: () => void;

beforeAll(async () => {
	const connection = await shippedDb();
	const reader = await connection.runAndReadAll('SELECT country, iso2, name FROM countries');
	countries = reader.getRowObjectsJS() as unknown as CountryRef[];
	close = () => connection.closeSync();
});
afterAll(() => close());

describe('country mapper', () => {
	it.each([
		['BEL', 'BEL'],
		['bel', 'BEL'],
		['BE', 'BEL'],
		[' de ', 'DEU'],
		['EL', 'GRC'],
		['GR', 'GRC'],
		['UK', 'GBR'],
		['GB', 'GBR'],
		['Estonia', 'EST'],
		['ESTONIA', 'EST'],
		['United Kingdom', 'GBR'],
		['Czech Republic', 'CZE'],
		['Czechia', 'CZE'],
		['Republic of Korea', 'KOR'],
		['Korea, Republic of', 'KOR'],
		['Türkiye', 'TUR'],
		['Netherlands (the)', 'NLD'],
		['The Netherlands', 'NLD'],
		['EU27_2020', 'EU27'],
		['Moldova', 'MDA']
	])('maps %s to %s', (raw, iso3) => {
		expect(countryLookup(countries)(raw)).toBe(iso3);
	});

	it.each(['', '  ', 'Atlantis', 'XX', 'ZZZ', '<script>', 'B', 'Belgium and Denmark'])(
		'leaves %s unmatched',
		(raw) => expect(countryLookup(countries)(raw)).toBeNull()
	);

	it('reports each distinct unmatched value once, ignoring nulls', () => {
		const { codes, unmatched } = mapCountries(
			['Denmark', 'DK', 'Atlantis', null, 'Atlantis', 'Lemuria'],
			countries
		);
		expect(codes.get('Denmark')).toBe('DNK');
		expect(codes.get('DK')).toBe('DNK');
		expect(unmatched).toEqual(['Atlantis', 'Lemuria']);
	});

	it('maps every catalogue name and code back to its own ISO3', () => {
		const lookup = countryLookup(countries);
		for (const c of countries) {
			expect(lookup(c.country)).toBe(c.country);
			expect(lookup(c.name)).toBe(c.country);
		}
	});

	it('normalises accents, case, brackets and inverted names', () => {
		expect(normaliseName('Côte d’Ivoire')).toBe('cote d ivoire');
		expect(normaliseName('Korea, Republic of')).toBe('republic of korea');
		expect(normaliseName('Netherlands (the)')).toBe('netherlands');
	});
});
