import { DuckDBInstance } from '@duckdb/node-api';
import { parquetMetadata, type AsyncBuffer } from 'hyparquet';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readColumns } from '$lib/db/parquet-columns';
import { keepRowGroups, mayMatch, passes, rowRanges } from '$lib/db/prune';

let bytes: ArrayBuffer;

/** 10 row groups of 2,048 rows (DuckDB's smallest), sorted by year (2000..2009): one year each. */
beforeAll(async () => {
	const file = join(mkdtempSync(join(tmpdir(), 'prune-')), 'sorted.parquet');
	const db = await (await DuckDBInstance.create(':memory:', { threads: '1' })).connect();
	await db.run(`COPY (
		SELECT i, 2000 + i // 2048 AS year, ['BEL','DNK','EST','DEU','GBR'][i % 5 + 1] AS country,
			(i * 37 % 101) / 10.0 AS value, DATE '2020-01-01' + (i % 30)::INT AS day,
			i % 2 = 0 AS even, (i * 3)::DECIMAL(10,2) AS amount, TIMESTAMP '2024-05-01 12:00:00' AS at
		FROM range(20480) t(i) ORDER BY i
	) TO '${file}' (FORMAT parquet, ROW_GROUP_SIZE 2048)`);
	db.closeSync();
	const buf = readFileSync(file);
	bytes = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
});

const counting = (buffer: ArrayBuffer) => {
	const file = {
		byteLength: buffer.byteLength,
		read: 0,
		slice: (s: number, e?: number) => {
			const part = buffer.slice(s, e);
			file.read += part.byteLength;
			return part;
		}
	};
	return file as AsyncBuffer & { read: number };
};

describe('row-group pruning', () => {
	it('compares a min/max range with a value', () => {
		expect(mayMatch(1, 5, '=', 3)).toBe(true);
		expect(mayMatch(1, 5, '=', 6)).toBe(false);
		expect(mayMatch(1, 5, '>', 5)).toBe(false);
		expect(mayMatch(1, 5, '>=', 5)).toBe(true);
		expect(mayMatch(1, 5, '<', 1)).toBe(false);
		expect(mayMatch(3, 3, '!=', 3)).toBe(false);
		expect(mayMatch('BEL', 'DNK', '=', 'CZE')).toBe(true);
		expect(mayMatch('BEL', 'DNK', '=', 'EST')).toBe(false);
		expect(passes(null, '=', 1)).toBe(false);
		expect(passes(3n, '>=', 3)).toBe(true);
	});

	it('keeps only the groups whose statistics admit the filter', () => {
		const meta = parquetMetadata(bytes);
		expect(meta.row_groups).toHaveLength(10);
		expect(keepRowGroups(meta, { column: 'year', op: '=', value: 2004 })).toEqual([4]);
		expect(keepRowGroups(meta, { column: 'year', op: '>=', value: '2008' })).toEqual([8, 9]);
		expect(keepRowGroups(meta, { column: 'year', op: '<', value: 2000 })).toEqual([]);
		expect(keepRowGroups(meta, { column: 'i', op: '>', value: 18431 })).toEqual([9]);
		expect(keepRowGroups(meta, { column: 'country', op: '=', value: 'EST' })).toHaveLength(10);
		expect(keepRowGroups(meta, { column: 'missing', op: '=', value: 1 })).toHaveLength(10);
		expect(keepRowGroups(meta, { column: 'year', op: '=', value: 'not a number' })).toHaveLength(
			10
		);
		expect(keepRowGroups(meta, null)).toHaveLength(10);
	});

	it('merges consecutive groups into row ranges', () => {
		const meta = parquetMetadata(bytes);
		expect(rowRanges(meta, [1, 2, 3, 7])).toEqual([
			[2048, 8192],
			[14336, 16384]
		]);
	});

	it('reads only the needed columns of the kept groups, and filters rows exactly', async () => {
		const meta = parquetMetadata(bytes);
		const file = counting(bytes);
		const filter = { column: 'year', op: '>=' as const, value: 2008 };
		const table = await readColumns(file, meta, {
			columns: ['year', 'value'],
			groups: keepRowGroups(meta, filter),
			filter
		});
		expect(table.numRows).toBe(4096);
		expect(table.schema.fields.map((f) => f.name)).toEqual(['year', 'value']);
		expect(table.getChild('year')?.get(0)).toBe(2008);
		expect(file.read).toBeLessThan(bytes.byteLength * 0.15);
	});

	it('filters rows inside a kept group and types every column for DuckDB', async () => {
		const meta = parquetMetadata(bytes);
		const columns = ['i', 'year', 'country', 'value', 'day', 'even', 'amount', 'at'];
		const filter = { column: 'country', op: '=' as const, value: 'EST' };
		const table = await readColumns(counting(bytes), meta, { columns, groups: [0], filter });
		expect(table.numRows).toBe(410);
		const row = table.get(0)?.toJSON() as Record<string, unknown>;
		expect(row.i).toBe(2);
		expect(row.country).toBe('EST');
		expect(row.even).toBe(true);
		expect(row.amount).toBe(6);
		expect(new Date(Number(row.day)).toISOString().slice(0, 10)).toBe('2020-01-03');
		expect(new Date(Number(row.at)).toISOString()).toBe('2024-05-01T12:00:00.000Z');
	});
});
