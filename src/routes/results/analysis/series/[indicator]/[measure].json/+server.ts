import { error, json } from '@sveltejs/kit';
import { MEASURES } from '$lib/queries/event-paths';
import { analysisChoices, buildSeriesFile } from '$lib/server/analysis-file';
import { sharedNodeDb } from '$lib/server/shared-db';

export const prerender = true;

export async function entries() {
	const { indicators } = await analysisChoices(await sharedNodeDb());
	return indicators.flatMap((indicator) => MEASURES.map((measure) => ({ indicator, measure })));
}

/** A benchmark as measured, for the countries with coded strategies: /analysis's table of change. */
export async function GET({ params }) {
	const file = await buildSeriesFile(await sharedNodeDb(), params.indicator, params.measure);
	if (!file) error(404, 'No such indicator or measure.');
	return json(file);
}
