import { error, json } from '@sveltejs/kit';
import { buildHomeFile } from '$lib/server/home-file';
import { indicatorIds } from '$lib/server/indicator-ids';
import { withNodeDb } from '$lib/server/prerender';

export const prerender = true;

export const entries = () =>
	withNodeDb(async (db) => (await indicatorIds(db)).map((indicator) => ({ indicator })));

/** An indicator's home chart for every country, as score and rank: a link's first chart. */
export async function GET({ params }) {
	const file = await withNodeDb((db) => buildHomeFile(db, params.indicator));
	if (!file) error(404, 'No such indicator.');
	return json(file);
}
