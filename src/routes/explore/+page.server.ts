import { loadLocale } from '$lib/server/load-locale';
import type { PageServerLoadEvent } from './$types';
import { exploreView } from '$lib/charts/explore-view';
import type { IndicatorMeta } from '$lib/catalog/indicators';
import type { CountryOption } from '$lib/data/country-groups';
import { exploreRequest } from '$lib/data/explore-request';
import type { ExploreRow } from '$lib/data/explore-rows';
import type { Target } from '$lib/data/gap-to-target';
import { indicatorCatalogQuery } from '$lib/queries/catalog';
import { exploreQuery } from '$lib/queries/explore';
import { exploreCountriesQuery } from '$lib/queries/explore-countries';
import { exploreTargetsQuery } from '$lib/queries/explore-targets';
import { exploreYearsQuery } from '$lib/queries/explore-years';
import { withNodeDb } from '$lib/server/prerender';
import { renderSvg } from '$lib/server/render-svg';
import { sourceInfos } from '$lib/server/sources';
import { exploreCodec } from '$lib/state/explore-state';

/**
 * The catalogue the controls need, and the default chart drawn at build time with the live code,
 * its texts in the page's language.
 */
export const load = (event: PageServerLoadEvent) =>
	withNodeDb(async (db) => {
		const locale = loadLocale(event);
		const all = () => true;
		const state = exploreCodec({ isCountry: all, isIndicator: all, hasTarget: all }).defaults;
		const indicators = (await db.query(indicatorCatalogQuery())) as unknown as IndicatorMeta[];
		const countries = (await db.query(exploreCountriesQuery())) as unknown as CountryOption[];
		const targets = (await db.query(exploreTargetsQuery())) as unknown as Target[];
		const years: Record<string, number[]> = {};
		for (const r of await db.query(exploreYearsQuery()))
			(years[String(r.indicator_id)] ??= []).push(Number(r.year));
		const sources = await sourceInfos(db);
		const publisher = new Map(sources.map((s) => [s.source_id, s.publisher]));
		const raw = await db.query(exploreQuery(exploreRequest(state)));
		const view = exploreView(raw as unknown as ExploreRow[], state, {
			indicators,
			countries,
			targets,
			publisherOf: (id) => publisher.get(id) ?? id,
			norm: state.norm,
			locale
		});
		return {
			// Descriptions are not shown here; caveats are, on the frame (repeated ones are sent once).
			indicators: indicators.map((m) => ({ ...m, description: null })),
			countries,
			targets,
			years,
			sources,
			rows: view.rows,
			frame: view.frame,
			facets: view.facets.map((f) => ({
				key: f.key,
				label: f.label,
				empty: f.empty ?? null,
				svg: f.options ? renderSvg(f.options) : null
			}))
		};
	});
