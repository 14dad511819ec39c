import { error, json } from '@sveltejs/kit';
import { buildHomeFile } from '$lib/server/home-file';
import { indicatorIds } from '$lib/server/indicator-ids';
import { sharedNodeDb } from '$lib/server/shared-db';

export const prerender = true;

export const entries = async () =>
	(await indicatorIds(await sharedNodeDb())).map((indicator) => ({ indicator }));

/** An indicator's home chart for every country, as score and rank: a link's first chart. */
export async function GET({ params }) {
	const file = await buildHomeFile(await sharedNodeDb(), params.indicator);
	if (!file) error(404, 'No such indicator.');
	return json(file);
}
