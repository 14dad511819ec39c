import { Bool, DataType, DateMillisecond, Float64, Int32, Table, Utf8 } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { toVector, utf8Vector } from '$lib/db/arrow-vectors';
import { parquetToArrow } from '$lib/db/parquet-to-arrow';

describe('toVector', () => {
	it('builds numbers with nulls', () => {
		const v = toVector([1.5, null, 3], new Float64());
		expect([...v]).toEqual([1.5, null, 3]);
		expect(v.nullCount).toBe(1);
		expect([...toVector([2024, undefined, 7], new Int32())]).toEqual([2024, null, 7]);
	});

	it('dictionary-encodes repeated strings and keeps unique ones plain', () => {
		const repeated = toVector(['EST', 'DNK', null, 'EST', 'EST'], new Utf8());
		expect(DataType.isDictionary(repeated.type)).toBe(true);
		expect([...repeated]).toEqual(['EST', 'DNK', null, 'EST', 'EST']);
		const unique = toVector(['a', 'b', 'c'], new Utf8());
		expect(DataType.isDictionary(unique.type)).toBe(false);
		expect([...unique]).toEqual(['a', 'b', 'c']);
	});

	it('builds dates, booleans and plain strings directly, and makes a table', () => {
		expect([...toVector([true, null, false], new Bool())]).toEqual([true, null, false]);
		expect([...utf8Vector(['é', null, ''])]).toEqual(['é', null, '']);
		const day = toVector([Date.UTC(2024, 0, 2)], new DateMillisecond());
		const table = new Table({ day, n: toVector([1], new Float64()) });
		expect(table.numRows).toBe(1);
		expect(Number(table.get(0)?.toJSON().day)).toBe(Date.UTC(2024, 0, 2));
	});

	it('never compiles code: the site’s CSP forbids eval, and Arrow’s builders use new Function', async () => {
		const bytes = new Uint8Array(await readFile('static/data/strategies.parquet')).buffer;
		const original = globalThis.Function;
		const compiled: string[] = [];
		globalThis.Function = new Proxy(original, {
			construct(target, args) {
				compiled.push(String(args.at(-1)).slice(0, 40));
				return Reflect.construct(target, args);
			},
			apply(target, self, args) {
				compiled.push(String(args.at(-1)).slice(0, 40));
				return Reflect.apply(target, self, args);
			}
		});
		try {
			toVector(['a', 'b', 'c', null], new Utf8());
			toVector([true, false], new Bool());
			toVector([Date.UTC(2024, 0, 2)], new DateMillisecond());
			await parquetToArrow(bytes);
		} finally {
			globalThis.Function = original;
		}
		expect(compiled).toEqual([]);
	});
});
