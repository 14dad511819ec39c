import { error, json } from '@sveltejs/kit';
import { MEASURES } from '$lib/queries/event-paths';
import { analysisChoices, buildPathsFile } from '$lib/server/analysis-file';
import { sharedNodeDb } from '$lib/server/shared-db';

export const prerender = true;

export async function entries() {
	const { features, indicators } = await analysisChoices(await sharedNodeDb());
	return features.flatMap((feature) =>
		indicators.flatMap((indicator) => MEASURES.map((measure) => ({ feature, indicator, measure })))
	);
}

/** A feature on a benchmark and measure, every window: an /analysis link's first chart. */
export async function GET({ params }) {
	const file = await buildPathsFile(await sharedNodeDb(), params);
	if (!file) error(404, 'No such feature, indicator or measure.');
	return json(file);
}
