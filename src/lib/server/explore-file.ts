import { toColumns } from '$lib/results/columnar';
import { exploreFileQuery, type ExploreFile } from '$lib/results/explore-file';
import { indicatorIds } from './indicator-ids';
import type { NodeDb } from './node-db';

/** An indicator's explorer file: the explorer's query for it, run at build time. Null if unknown. */
export async function buildExploreFile(db: NodeDb, indicator: string): Promise<ExploreFile | null> {
	if (!(await indicatorIds(db)).includes(indicator)) return null;
	const query = exploreFileQuery(indicator);
	return { indicator, rows: toColumns(await db.query(query), query.columns) };
}
