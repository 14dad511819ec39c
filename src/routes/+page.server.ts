import { countriesWithDataQuery } from '$lib/queries/countries';
import { homeDefault } from '$lib/server/home';
import { loadOverview } from '$lib/server/overview';
import { withNodeDb } from '$lib/server/prerender';
import { resolve } from '$app/paths';
import { splitLocale } from '$lib/i18n/locales';

/** The default chart and the overview, queried and drawn at build time, in the page's language. */
export const load = ({ url }: { url: URL }) =>
	withNodeDb(async (db) => {
		const root = new URL(resolve('/'), url).pathname;
		const { locale } = splitLocale(url.pathname.slice(root.length - 1));
		const { state, indicators, sources, svg } = await homeDefault(db, locale);
		const countries = await db.query(countriesWithDataQuery(null));
		return {
			sources,
			indicators,
			countries: countries as { country: string; name: string }[],
			svg,
			overview: await loadOverview(db, indicators, state.country, locale)
		};
	});
