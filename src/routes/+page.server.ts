import { homeChart } from '$lib/charts/home-chart';
import { homeQuery, HOME_INDICATOR } from '$lib/queries/home';
import type { SeriesRow } from '$lib/charts/line-chart';
import { countriesWithDataQuery } from '$lib/queries/countries';
import { openNodeDb } from '$lib/server/node-db';
import { renderSvg } from '$lib/server/render-svg';
import { homeCodec } from '$lib/state/home-state';

/** The default chart, queried with the same builder and drawn with the same spec, at build time. */
export async function load() {
	const db = await openNodeDb('static/data');
	const state = homeCodec(() => true).defaults;
	const rows = (await db.query(homeQuery(state))) as unknown as SeriesRow[];
	const countries = (await db.query(countriesWithDataQuery(HOME_INDICATOR))) as {
		country: string;
		name: string;
	}[];
	db.connection.closeSync();
	return { rows, countries, svg: renderSvg(homeChart(rows, state)) };
}
