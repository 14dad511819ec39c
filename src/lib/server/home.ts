import { homeChart } from '$lib/charts/home-chart';
import type { SeriesRow } from '$lib/charts/line-chart';
import type { IndicatorMeta } from '$lib/catalog/indicators';
import { indicatorCatalogQuery } from '$lib/queries/catalog';
import { homeQuery } from '$lib/queries/home';
import { homeCodec } from '$lib/state/home-state';
import type { NodeDb } from './node-db';
import { renderSvg } from './render-svg';
import { sourceInfos } from './sources';
import type { Locale } from '$lib/i18n/locales';

/**
 * The home page's default chart, queried with the same builder and drawn with the same spec as in
 * the browser, with the catalogue and sources it is described by: for the page and its preview.
 */
export async function homeDefault(db: NodeDb, locale: Locale = 'en') {
	const state = homeCodec({ isCountry: () => true, isIndicator: () => true }).defaults;
	const indicators = (await db.query(indicatorCatalogQuery())) as unknown as IndicatorMeta[];
	const meta = indicators.find((i) => i.indicator_id === state.indicator) as IndicatorMeta;
	const rows = (await db.query(homeQuery(state, meta))) as unknown as SeriesRow[];
	const sources = await sourceInfos(db);
	return {
		state,
		meta,
		indicators,
		sources,
		svg: renderSvg(homeChart(rows, state, meta, [], locale))
	};
}
