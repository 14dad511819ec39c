import { error, json } from '@sveltejs/kit';
import { buildSummaryFile, summaryFileEntries } from '$lib/server/services-file';
import { sharedNodeDb } from '$lib/server/shared-db';

export const prerender = true;

export const entries = summaryFileEntries;

/** A life event's summary measures for every country and edition: /services's side table and trend. */
export async function GET({ params }) {
	const file = await buildSummaryFile(await sharedNodeDb(), params.event);
	if (!file) error(404, 'No such life event.');
	return json(file);
}
