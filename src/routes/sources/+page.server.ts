import { indicatorsQuery, sourcesQuery } from '$lib/queries/sources';
import { openNodeDb } from '$lib/server/node-db';

export async function load() {
	const db = await openNodeDb('static/data');
	const sources = await db.query(sourcesQuery());
	const indicators = await db.query(indicatorsQuery());
	db.connection.closeSync();
	return { sources, indicators };
}
