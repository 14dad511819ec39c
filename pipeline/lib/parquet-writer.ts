import { DuckDBInstance, type DuckDBAppender, type DuckDBConnection } from '@duckdb/node-api';
import type { Field, FieldType, TableSchema } from '../../src/lib/catalog/schema.ts';

export type Row = Record<string, string | number | boolean | null | undefined>;

const sqlType: Record<FieldType, string> = {
	string: 'VARCHAR',
	integer: 'INTEGER',
	number: 'DOUBLE',
	boolean: 'BOOLEAN'
};

function append(appender: DuckDBAppender, field: Field, value: Row[string]): void {
	if (value === null || value === undefined) return appender.appendNull();
	if (field.type === 'string') return appender.appendVarchar(String(value));
	if (field.type === 'integer') return appender.appendInteger(Number(value));
	if (field.type === 'number') return appender.appendDouble(Number(value));
	return appender.appendBoolean(Boolean(value));
}

/** Opens an in-memory DuckDB with one thread, so that writes are byte-for-byte repeatable. */
export async function openWriter(): Promise<DuckDBConnection> {
	const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
	return instance.connect();
}

/**
 * Writes rows to a Parquet file with the schema's columns and types, sorted by its primary key.
 * Identical rows give identical bytes.
 */
export async function writeParquet(
	connection: DuckDBConnection,
	schema: TableSchema,
	rows: readonly Row[],
	path: string,
	options: { rowGroupSize?: number } = {}
): Promise<void> {
	const table = `t_${schema.name}`;
	const columns = schema.fields.map((f) => `"${f.name}" ${sqlType[f.type]}`).join(', ');
	await connection.run(`CREATE OR REPLACE TABLE ${table} (${columns})`);
	const appender = await connection.createAppender(table);
	for (const row of rows) {
		for (const field of schema.fields) append(appender, field, row[field.name]);
		appender.endRow();
	}
	appender.closeSync();
	const order = schema.primaryKey.map((k) => `"${k}"`).join(', ');
	const rowGroup = options.rowGroupSize ?? 122880;
	await connection.run(
		`COPY (SELECT * FROM ${table} ORDER BY ${order}) TO '${path.replaceAll("'", "''")}' ` +
			`(FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE ${rowGroup})`
	);
	await connection.run(`DROP TABLE ${table}`);
}
