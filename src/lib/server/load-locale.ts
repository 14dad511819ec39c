import { resolve } from '$app/paths';
import { splitLocale, type Locale } from '$lib/i18n/locales';

/**
 * The language of the page a `load` prepares, from its path, read untracked. A view writes its
 * state into the query string with `goto`, and a load that had read the URL would run again on
 * every control change: the browser would fetch the page's data anew and redraw every chart from
 * it (which also took the focus off a selected cell).
 */
export const loadLocale = (event: { url: URL; untrack: <T>(fn: () => T) => T }): Locale =>
	event.untrack(() => {
		const root = new URL(resolve('/'), event.url).pathname;
		return splitLocale(event.url.pathname.slice(root.length - 1)).locale;
	});
