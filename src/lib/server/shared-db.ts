import { openNodeDb, type NodeDb } from './node-db';

let shared: Promise<NodeDb> | undefined;

/**
 * One DuckDB over static/data for the many result files of a build, opened on first use and left
 * open: opening one per file cost more than the file's queries. The build's worker ends with it.
 * Tables are read into memory once, except the large per-service ones (egov_*), which no result
 * file reads.
 */
export const sharedNodeDb = (): Promise<NodeDb> =>
	(shared ??= openNodeDb('static/data', { inMemory: (table) => !table.startsWith('egov_') }));
