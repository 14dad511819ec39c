import { error, json } from '@sveltejs/kit';
import { buildExploreFile } from '$lib/server/explore-file';
import { indicatorIds } from '$lib/server/indicator-ids';
import { sharedNodeDb } from '$lib/server/shared-db';

export const prerender = true;

export const entries = async () =>
	(await indicatorIds(await sharedNodeDb())).map((indicator) => ({ indicator }));

/** An indicator's rows as the explorer asks for them, every country and year: a link's first chart. */
export async function GET({ params }) {
	const file = await buildExploreFile(await sharedNodeDb(), params.indicator);
	if (!file) error(404, 'No such indicator.');
	return json(file);
}
