import { DuckDBInstance } from '@duckdb/node-api';
import { existsSync } from 'node:fs';
import { tables } from '$lib/catalog/schema';

/** DuckDB in Node with a view per shipped table whose file exists (tables still in progress are skipped). */
export async function shippedDb() {
	const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
	const connection = await instance.connect();
	for (const name of Object.keys(tables)) {
		const file = `static/data/${name}.parquet`;
		if (existsSync(file))
			await connection.run(`CREATE VIEW ${name} AS SELECT * FROM read_parquet('${file}')`);
	}
	return connection;
}
