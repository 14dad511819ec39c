import { homeChart } from '$lib/charts/home-chart';
import type { SeriesRow } from '$lib/charts/line-chart';
import type { IndicatorMeta } from '$lib/catalog/indicators';
import { indicatorCatalogQuery } from '$lib/queries/catalog';
import { countriesWithDataQuery } from '$lib/queries/countries';
import { sourcesQuery } from '$lib/queries/sources';
import { homeQuery } from '$lib/queries/home';
import { loadOverview } from '$lib/server/overview';
import { withNodeDb } from '$lib/server/prerender';
import { renderSvg } from '$lib/server/render-svg';
import { homeCodec } from '$lib/state/home-state';

/** The default chart, queried with the same builder and drawn with the same spec, at build time. */
export const load = () =>
	withNodeDb(async (db) => {
		const state = homeCodec({ isCountry: () => true, isIndicator: () => true }).defaults;
		const indicators = (await db.query(indicatorCatalogQuery())) as unknown as IndicatorMeta[];
		const meta = indicators.find((i) => i.indicator_id === state.indicator) as IndicatorMeta;
		const rows = (await db.query(homeQuery(state, meta))) as unknown as SeriesRow[];
		const countries = await db.query(countriesWithDataQuery(null));
		const sources = (await db.query(sourcesQuery())).map((s) => ({
			source_id: String(s.source_id),
			publisher: String(s.publisher),
			title: String(s.title),
			editions: String(s.editions),
			licence: String(s.licence),
			citation: String(s.citation),
			url: String(s.url)
		}));
		return {
			sources,
			indicators,
			countries: countries as { country: string; name: string }[],
			svg: renderSvg(homeChart(rows, state, meta)),
			overview: await loadOverview(db, indicators, state.country)
		};
	});
