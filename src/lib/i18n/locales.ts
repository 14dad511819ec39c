/** The site's languages: English at `/`, the others under their own first path segment. */
export const LOCALES = ['en', 'de', 'fr', 'nl', 'da', 'et'] as const;
export type Locale = (typeof LOCALES)[number];

/** The language of the unprefixed pages, and of `x-default`. */
export const BASE_LOCALE: Locale = 'en';

/** Each language in its own words, as the language switch shows it. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
	en: 'English',
	de: 'Deutsch',
	fr: 'Français',
	nl: 'Nederlands',
	da: 'Dansk',
	et: 'Eesti'
};

export const isLocale = (value: unknown): value is Locale =>
	typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

const PREFIX = new RegExp(`^/(${LOCALES.filter((l) => l !== BASE_LOCALE).join('|')})(?=/|$)`);

/**
 * A site path (from the site's root, `/de/explore/`) split into its language and the path of the
 * same page in English (`/explore/`).
 */
export function splitLocale(path: string): { locale: Locale; path: string } {
	const match = PREFIX.exec(path);
	if (!match) return { locale: BASE_LOCALE, path };
	return { locale: match[1] as Locale, path: path.slice(match[0].length) || '/' };
}

/** The path of an English page (`/explore/`) in a language (`/de/explore/`). */
export function localizePath(path: string, locale: Locale): string {
	const english = splitLocale(path).path;
	return locale === BASE_LOCALE ? english : `/${locale}${english}`;
}
