import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { tables } from '$lib/catalog/schema';
import type { Sql } from '$lib/queries/query';
import type { Row, Value } from '$lib/db/rows';

const cast = (v: DuckDBValue): Value =>
	v === null ? null : typeof v === 'bigint' ? Number(v) : typeof v === 'object' ? String(v) : v;

/** DuckDB in Node over the Parquet files, with the contract's table names. */
export interface NodeDb {
	/** The rows of a query, typed by its builder (`Query<R>`), or plain rows for ad-hoc SQL. */
	query: <R = Row>(q: Sql & { readonly row?: R }) => Promise<R[]>;
	connection: DuckDBConnection;
}

/**
 * Opens a NodeDb over a folder of the data package: for build and tests. The tables `inMemory`
 * picks are read once into memory, for many queries; the others are read by each query.
 */
export async function openNodeDb(
	dataDir: string,
	{ inMemory = () => false }: { inMemory?: (table: string) => boolean } = {}
): Promise<NodeDb> {
	const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
	const connection = await instance.connect();
	for (const name of Object.keys(tables)) {
		if (!existsSync(join(dataDir, `${name}.parquet`))) continue; // in the contract, not yet built
		const file = join(dataDir, `${name}.parquet`).replaceAll("'", "''");
		const kind = inMemory(name) ? 'TABLE' : 'VIEW';
		await connection.run(`CREATE ${kind} ${name} AS SELECT * FROM read_parquet('${file}')`);
	}
	return {
		connection,
		async query<R>(q: Sql) {
			const reader = await connection.runAndReadAll(q.sql, q.params as DuckDBValue[]);
			return reader
				.getRowObjects()
				.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, cast(v)])) as R);
		}
	};
}
