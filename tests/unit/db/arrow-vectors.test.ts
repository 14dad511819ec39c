import { DataType, DateMillisecond, Float64, Int32, Table, Utf8 } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { toVector } from '$lib/db/arrow-vectors';

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

	it('falls back to Arrow’s builder for other types, and makes a table', () => {
		const day = toVector([Date.UTC(2024, 0, 2)], new DateMillisecond());
		const table = new Table({ day, n: toVector([1], new Float64()) });
		expect(table.numRows).toBe(1);
		expect(Number(table.get(0)?.toJSON().day)).toBe(Date.UTC(2024, 0, 2));
	});
});
