import { loadLocale } from '$lib/server/load-locale';
import type { PageServerLoadEvent } from './$types';
import { countriesWithDataQuery } from '$lib/queries/countries';
import { homeDefault } from '$lib/server/home';
import { loadOverview } from '$lib/server/overview';
import { withNodeDb } from '$lib/server/prerender';

/** The default chart and the overview, queried and drawn at build time, in the page's language. */
export const load = (event: PageServerLoadEvent) =>
	withNodeDb(async (db) => {
		const locale = loadLocale(event);
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
