import { countriesWithDataQuery } from '$lib/queries/countries';
import { homeDefault } from '$lib/server/home';
import { loadOverview } from '$lib/server/overview';
import { withNodeDb } from '$lib/server/prerender';

/** The default chart and the overview, queried and drawn at build time. */
export const load = () =>
	withNodeDb(async (db) => {
		const { state, indicators, sources, svg } = await homeDefault(db);
		const countries = await db.query(countriesWithDataQuery(null));
		return {
			sources,
			indicators,
			countries: countries as { country: string; name: string }[],
			svg,
			overview: await loadOverview(db, indicators, state.country)
		};
	});
