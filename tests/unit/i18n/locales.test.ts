import { describe, expect, it } from 'vitest';
import { isLocale, localizePath, splitLocale } from '$lib/i18n/locales';

describe('locales in the path', () => {
	it.each([
		['/', 'en', '/'],
		['/explore/', 'en', '/explore/'],
		['/de/', 'de', '/'],
		['/de', 'de', '/'],
		['/et/country/EST/', 'et', '/country/EST/'],
		['/en/explore/', 'en', '/en/explore/'],
		['/deutsch/', 'en', '/deutsch/'],
		['/country/de/', 'en', '/country/de/'],
		['/DE/', 'en', '/DE/']
	])('%s is %s, page %s', (path, locale, rest) => {
		expect(splitLocale(path)).toEqual({ locale, path: rest });
	});

	it('moves a path into a language and back to English', () => {
		expect(localizePath('/explore/', 'fr')).toBe('/fr/explore/');
		expect(localizePath('/fr/explore/', 'nl')).toBe('/nl/explore/');
		expect(localizePath('/nl/explore/', 'en')).toBe('/explore/');
		expect(localizePath('/', 'da')).toBe('/da/');
	});

	it('knows its languages only', () => {
		expect(isLocale('et')).toBe(true);
		expect(isLocale('es')).toBe(false);
		expect(isLocale(undefined)).toBe(false);
	});
});
