import { error, json } from '@sveltejs/kit';
import { analysisChoices, buildFeatureCodesFile } from '$lib/server/analysis-file';
import { sharedNodeDb } from '$lib/server/shared-db';

export const prerender = true;

export const entries = async () =>
	(await analysisChoices(await sharedNodeDb())).features.map((feature) => ({ feature }));

/** The analysed strategies' codes on a feature, with their quotations: joined to the paths. */
export async function GET({ params }) {
	const file = await buildFeatureCodesFile(await sharedNodeDb(), params.feature);
	if (!file) error(404, 'No such feature.');
	return json(file);
}
