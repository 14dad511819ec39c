import { error, json } from '@sveltejs/kit';
import { analysisChoices, buildCodesFile } from '$lib/server/analysis-file';
import { sharedNodeDb } from '$lib/server/shared-db';

export const prerender = true;

export const entries = async () =>
	(await analysisChoices(await sharedNodeDb())).features.map((feature) => ({ feature }));

/** The strategies coded on a feature: /analysis's table of change since each strategy. */
export async function GET({ params }) {
	const file = await buildCodesFile(await sharedNodeDb(), params.feature);
	if (!file) error(404, 'No such feature.');
	return json(file);
}
