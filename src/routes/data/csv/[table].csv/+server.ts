import { error } from '@sveltejs/kit';
import { tables, type TableName } from '$lib/catalog/schema';
import { toCsv } from '$lib/download/csv';
import { withNodeDb } from '$lib/server/prerender';

export const prerender = true;

export const entries = () =>
	Object.values(tables)
		.filter((t) => !t.onDemand)
		.map((t) => ({ table: t.name }));

const isTable = (name: string): name is TableName =>
	Object.hasOwn(tables, name) && !tables[name as TableName].onDemand;

/** One table of the data package as CSV, written at build time from its Parquet file. */
export async function GET({ params }) {
	if (!isTable(params.table)) error(404, 'No such table.');
	const schema = tables[params.table];
	const columns = schema.fields.map((f) => ({ key: f.name }));
	const quoted = (names: string[]) => names.map((n) => `"${n}"`).join(', ');
	const rows = await withNodeDb((db) =>
		db.query({
			sql: `SELECT ${quoted(schema.fields.map((f) => f.name))} FROM ${schema.name} ORDER BY ${quoted(schema.primaryKey)}`,
			params: []
		})
	);
	return new Response(toCsv(rows, columns), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}
