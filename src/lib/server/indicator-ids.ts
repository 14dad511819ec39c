import { indicatorCatalogQuery } from '$lib/queries/catalog';
import type { NodeDb } from './node-db';

/** Every indicator a link can choose: the ids result files are written for. */
export const indicatorIds = async (db: NodeDb) =>
	(await db.query(indicatorCatalogQuery())).map((i) => i.indicator_id);
