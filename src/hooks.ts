import { resolve } from '$app/paths';
import type { Reroute } from '@sveltejs/kit';
import { BASE_LOCALE, splitLocale } from '$lib/i18n/locales';

/**
 * `/de/explore/` shows the route of `/explore/`: one set of routes serves every language, and the
 * prerender writes each language's pages under its prefix.
 */
export const reroute: Reroute = ({ url }) => {
	const root = new URL(resolve('/'), url).pathname;
	if (!url.pathname.startsWith(root)) return;
	const { locale, path } = splitLocale(url.pathname.slice(root.length - 1));
	if (locale !== BASE_LOCALE) return `${root}${path.slice(1)}`;
};
