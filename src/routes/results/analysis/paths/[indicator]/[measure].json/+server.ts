import { error, json } from '@sveltejs/kit';
import { MEASURES } from '$lib/queries/event-paths';
import { analysisChoices, buildPathsFile } from '$lib/server/analysis-file';
import { sharedNodeDb } from '$lib/server/shared-db';

export const prerender = true;

export async function entries() {
	const { indicators } = await analysisChoices(await sharedNodeDb());
	return indicators.flatMap((indicator) => MEASURES.map((measure) => ({ indicator, measure })));
}

/** The strategies' paths on a benchmark and measure, every window: an /analysis link's first chart. */
export async function GET({ params }) {
	const file = await buildPathsFile(await sharedNodeDb(), params);
	if (!file) error(404, 'No such indicator or measure.');
	return json(file);
}
