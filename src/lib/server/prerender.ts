import { openNodeDb, type NodeDb } from './node-db';

/** Opens DuckDB in Node over static/data for one page's build-time queries, then closes it. */
export async function withNodeDb<T>(work: (db: NodeDb) => Promise<T>): Promise<T> {
	const db = await openNodeDb('static/data');
	try {
		return await work(db);
	} finally {
		db.connection.closeSync();
	}
}
