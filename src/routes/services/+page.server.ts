import { loadLocale } from '$lib/server/load-locale';
import { servicesTrend } from '$lib/charts/services-trend';
import type { PageServerLoadEvent } from './$types';
import type { ServiceResultRow } from '$lib/queries/services-grid';
import { serviceCountriesQuery, servicesGridQuery } from '$lib/queries/services-grid';
import { servicesSummaryQuery, type ServicesSummaryRow } from '$lib/queries/services-summary';
import { withNodeDb } from '$lib/server/prerender';
import { renderSvg } from '$lib/server/render-svg';
import {
	gridRequest,
	lifeEventLabel,
	lifeEventName,
	servicesCodec
} from '$lib/state/services-state';

/** The default grid, summary and trend, queried and drawn at build time. */
export const load = (event: PageServerLoadEvent) =>
	withNodeDb(async (db) => {
		const locale = loadLocale(event);
		const state = servicesCodec(() => true).defaults;
		try {
			const countries = (await db.query(serviceCountriesQuery())) as {
				country: string;
				name: string;
			}[];
			const grid = (await db.query(
				servicesGridQuery(gridRequest(state))
			)) as unknown as ServiceResultRow[];
			const summary = (await db.query(
				servicesSummaryQuery({
					countries: state.country,
					by: 'life_event',
					lifeEvent: lifeEventName(state.event)
				})
			)) as unknown as ServicesSummaryRow[];
			const svg = renderSvg(
				servicesTrend(summary, state.measure, lifeEventLabel(state.event, locale), locale)
			);
			return { available: true, countries, grid, summary, svg };
		} catch {
			// The service tables are not in this build's data package yet (see README: npm run data).
			return { available: false, countries: [], grid: [], summary: [], svg: null };
		}
	});
