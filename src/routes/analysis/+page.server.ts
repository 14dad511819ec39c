import { loadLocale } from '$lib/server/load-locale';
import type { IndicatorMeta } from '$lib/catalog/indicators';
import { eventRequest, eventView } from '$lib/charts/event-view';
import { analysisCodesQuery, type CodedStrategy } from '$lib/queries/analysis-codes';
import { analysisFeaturesQuery, type FeatureRow } from '$lib/queries/analysis-features';
import { analysisSeriesQuery, type SeriesPoint } from '$lib/queries/analysis-series';
import { indicatorCatalogQuery } from '$lib/queries/catalog';
import { eventPaths } from '$lib/queries/event-paths';
import { sourcesQuery } from '$lib/queries/sources';
import { withNodeDb } from '$lib/server/prerender';
import { renderSvg } from '$lib/server/render-svg';
import { analysisCodec } from '$lib/state/analysis-state';
import { sameInEveryLanguage } from '$lib/i18n/same-in-every-language';
import { withFeatureNames } from '$lib/data/research-names';
import type { PageServerLoadEvent } from './$types';

const defaults = () => analysisCodec({ isFeature: () => true, isIndicator: () => true }).defaults;

/** The default chart's rows and the tables, queried once at build time for the six languages. */
const rowsOf = sameInEveryLanguage((_: PageServerLoadEvent) =>
	withNodeDb(async (db) => {
		const state = defaults();
		const features = (await db.query(analysisFeaturesQuery())) as unknown as FeatureRow[];
		const catalogue = (await db.query(indicatorCatalogQuery())) as unknown as IndicatorMeta[];
		const indicators = catalogue.filter((i) => i.last_year > i.first_year);
		const feature = features.find((f) => f.feature_id === state.feature) as FeatureRow;
		const meta = indicators.find((i) => i.indicator_id === state.indicator) as IndicatorMeta;
		const request = eventRequest(state, meta);
		const paths = await eventPaths(db.query, request);
		const codes = (await db.query(analysisCodesQuery(state.feature))) as unknown as CodedStrategy[];
		const series = (await db.query(
			analysisSeriesQuery(state.indicator, request.measure)
		)) as unknown as SeriesPoint[];
		const publishers = Object.fromEntries(
			(await db.query(sourcesQuery())).map((s) => [String(s.source_id), String(s.publisher)])
		);
		return { features, indicators, publishers, paths, codes, series, feature, meta };
	})
);

/** The default chart, drawn with the same spec as the live one, in the page's language. */
export async function load(event: PageServerLoadEvent) {
	const { feature, meta, ...data } = await rowsOf(event);
	const locale = loadLocale(event);
	const [shown] = withFeatureNames([feature], locale);
	const view = eventView(data.paths, defaults(), shown as FeatureRow, meta, locale);
	return { ...data, svg: renderSvg(view.options) };
}
