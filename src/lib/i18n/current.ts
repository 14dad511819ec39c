import { resolve as kitResolve } from '$app/paths';
import { page } from '$app/state';
import type { Pathname, ResolvedPathname, RouteId, RouteParams } from '$app/types';
import { LOCALES, localizePath, splitLocale, type Locale } from './locales';

/*
 * The page's language and links that keep it. Read during a component's render or in its effects:
 * `page` is the current request's while prerendering and the live one in the browser.
 */

/** The site's root as this page links to it: relative while prerendering, absolute in the browser. */
const base = () => kitResolve('/').slice(0, -1);

/** The current page's path from the site's root (`/de/explore/`), wherever the site is served. */
function sitePath(): string {
	const root = new URL(`${base()}/`, page.url).pathname;
	return `/${page.url.pathname.slice(root.length)}`;
}

/** The language of the page being shown. */
export const pageLocale = (): Locale => splitLocale(sitePath()).locale;

/** The arguments `resolve` takes: a pathname, or a route id and its parameters if it has any. */
type RouteArgs<T extends RouteId | Pathname> = T extends RouteId
	? RouteParams<T> extends Record<string, never>
		? [route: T]
		: [route: T, params: RouteParams<T>]
	: [route: T];

/**
 * `resolve` from `$app/paths` for a pathname or route id (`/explore/`, `/country/[code]`), in the
 * current page's language: `/explore/` → `/de/explore/`.
 */
export function resolve<T extends RouteId | Pathname>(...args: RouteArgs<T>): ResolvedPathname {
	const href = (kitResolve as (...a: unknown[]) => string)(...args);
	return localizeHref(href, pageLocale());
}

/** A resolved link (`${base}/explore/`) to the same page in a language. */
export function localizeHref(href: string, locale: Locale): ResolvedPathname {
	const prefix = base();
	return `${prefix}${localizePath(href.slice(prefix.length), locale)}` as ResolvedPathname;
}

/** The current page in every language, English first. */
export function pageInEveryLanguage(): { locale: Locale; href: ResolvedPathname }[] {
	const href = `${base()}${sitePath()}`;
	return LOCALES.map((locale) => ({ locale, href: localizeHref(href, locale) }));
}
