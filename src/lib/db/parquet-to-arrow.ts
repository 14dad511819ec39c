import { Bool, Float64, Int32, Table, Utf8, type DataType } from 'apache-arrow';
import { parquetMetadata, parquetRead } from 'hyparquet';
import type { SchemaElement } from 'hyparquet';
import { toVector, utf8Vector } from './arrow-vectors';

function arrowType(element: SchemaElement): DataType {
	switch (element.type) {
		case 'BOOLEAN':
			return new Bool();
		case 'INT32':
			return new Int32();
		case 'INT64':
		case 'FLOAT':
		case 'DOUBLE':
			return new Float64();
		default:
			return new Utf8();
	}
}

/**
 * Decodes a flat Parquet file in JavaScript and returns it as an Arrow table, so DuckDB-WASM
 * never needs its Parquet extension (which it would try to download). INT64 becomes DOUBLE:
 * no BigInt leaves this module.
 */
export async function parquetToArrow(buffer: ArrayBuffer): Promise<Table> {
	const metadata = parquetMetadata(buffer);
	const leaves = metadata.schema.slice(1);
	const columns = new Map<string, unknown[]>(leaves.map((e) => [e.name, []]));
	await parquetRead({
		file: buffer,
		metadata,
		onChunk: ({ columnName, columnData, rowStart }) => {
			const target = columns.get(columnName);
			if (!target) return;
			for (let i = 0; i < columnData.length; i++) {
				const v = columnData[i];
				target[rowStart + i] = typeof v === 'bigint' ? Number(v) : v;
			}
		}
	});
	const vectors = Object.fromEntries(
		leaves.map((e) => {
			const values = columns.get(e.name) ?? [];
			const type = arrowType(e);
			return [e.name, type instanceof Utf8 ? utf8Vector(values) : toVector(values, type)];
		})
	);
	return new Table(vectors);
}
