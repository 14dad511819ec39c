import { countriesWithDataQuery } from '$lib/queries/countries';
import { toColumns } from '$lib/results/columnar';
import { marksFileQuery, type MarksFile } from '$lib/results/marks-file';
import type { NodeDb } from './node-db';

/** The launches file: the strategies query for every country a home link can choose. */
export async function buildMarksFile(db: NodeDb): Promise<MarksFile> {
	const countries = (await db.query(countriesWithDataQuery(null))).map((c) => String(c.country));
	const query = marksFileQuery(countries);
	return { rows: toColumns(await db.query(query), query.columns) };
}
