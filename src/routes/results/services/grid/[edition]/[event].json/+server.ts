import { error, json } from '@sveltejs/kit';
import { buildGridFile, gridFileEntries } from '$lib/server/services-file';
import { sharedNodeDb } from '$lib/server/shared-db';

export const prerender = true;

export const entries = gridFileEntries;

/** A life event's services in one edition, every country, level and type: /services's grid. */
export async function GET({ params }) {
	const file = await buildGridFile(await sharedNodeDb(), Number(params.edition), params.event);
	if (!file) error(404, 'No such edition or life event.');
	return json(file);
}
