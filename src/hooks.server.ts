import type { Handle } from '@sveltejs/kit';
import { splitLocale } from '$lib/i18n/locales';
import { withCsp } from '$lib/server/csp';
import { dropDrawnData } from '$lib/server/drop-drawn-data';
import { fallbackBase } from '$lib/server/fallback-base';
import { linkHints } from '$lib/server/link-hints';
import { paintFirst } from '$lib/server/paint-first';

/** The path SvelteKit renders the fallback page (404.html) under. */
const FALLBACK = '/[fallback]';

/**
 * Runs at build time only (every page is prerendered): the inline page data leaves out the charts
 * the HTML already holds, the prerendered chart paints first (and a shared link's chart modules
 * load with the app), the 404 page finds its base, `<html lang>` names the page's language, and
 * every page carries its Content-Security-Policy, hashed over its final inline scripts.
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => {
			const { locale, path } = splitLocale(event.url.pathname);
			const painted = paintFirst(
				dropDrawnData(html.replace('<html lang="en">', `<html lang="${locale}">`)),
				linkHints(path)
			);
			return withCsp(event.url.pathname === FALLBACK ? fallbackBase(painted) : painted);
		}
	});
