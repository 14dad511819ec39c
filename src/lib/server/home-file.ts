import { countriesWithDataQuery } from '$lib/queries/countries';
import { indicatorCatalogQuery } from '$lib/queries/catalog';
import { SERIES_COLUMNS } from '$lib/queries/series';
import { toColumns } from '$lib/results/columnar';
import { homeFileQuery, type HomeFile } from '$lib/results/home-file';
import type { NodeDb } from './node-db';

/**
 * An indicator's home file: the home query run for every country a link can choose (those with
 * data, as the page's codec accepts), as score and as rank. Null for an unknown indicator.
 */
export async function buildHomeFile(db: NodeDb, indicator: string): Promise<HomeFile | null> {
	const meta = (await db.query(indicatorCatalogQuery())).find((i) => i.indicator_id === indicator);
	if (!meta) return null;
	const countries = (await db.query(countriesWithDataQuery(null))).map((c) => String(c.country));
	const table = async (view: 'score' | 'rank') =>
		toColumns(await db.query(homeFileQuery(view, meta, countries)), SERIES_COLUMNS);
	return { indicator, score: await table('score'), rank: await table('rank') };
}
