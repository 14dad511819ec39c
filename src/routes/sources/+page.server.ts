import { orderFeatures, type FeatureRow, type LevelRow } from '$lib/charts/strategy-codes';
import { indicatorsQuery, sourcesQuery } from '$lib/queries/sources';
import { codebookLevelsQuery, codebookQuery } from '$lib/queries/strategies';
import { openNodeDb } from '$lib/server/node-db';

export async function load() {
	const db = await openNodeDb('static/data');
	const sources = await db.query(sourcesQuery());
	const indicators = await db.query(indicatorsQuery());
	const features = orderFeatures((await db.query(codebookQuery())) as unknown as FeatureRow[]);
	const levels = (await db.query(codebookLevelsQuery())) as unknown as LevelRow[];
	db.connection.closeSync();
	return { sources, indicators, features, levels };
}
