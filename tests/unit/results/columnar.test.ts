import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromColumns, toColumns } from '$lib/results/columnar';

const COLUMNS = ['a', 'b', 'c'] as const;
type R = Record<(typeof COLUMNS)[number], string | number | boolean | null>;

describe('column tables', () => {
	it('give back the rows they were made of, through JSON', () => {
		const value = fc.oneof(
			fc.constantFrom('BEL', 'DNK', 'EU27 average', '', null),
			fc.string(),
			fc.double({ noNaN: true, noDefaultInfinity: true }),
			fc.integer(),
			fc.boolean()
		);
		const column = fc.oneof(value, fc.constantFrom('x', 'y', null));
		const rows = fc.array(fc.record({ a: column, b: value, c: column }), { maxLength: 50 });
		fc.assert(
			fc.property(rows, (rs: R[]) => {
				const table = JSON.parse(JSON.stringify(toColumns(rs, COLUMNS)));
				// JSON has no negative zero; DuckDB's rows are compared through JSON in the view tests.
				const unsigned = (v: R['a']) => (Object.is(v, -0) ? 0 : v);
				const expected = rs.map((r) => ({ a: unsigned(r.a), b: unsigned(r.b), c: unsigned(r.c) }));
				expect(fromColumns(table, COLUMNS)).toEqual(expected);
			}),
			{ numRuns: 500, seed: 19 }
		);
	});

	it('store a string column once per distinct value', () => {
		const rows = ['BEL', 'DNK', 'BEL', null, 'BEL'].map((a) => ({ a, b: 1, c: true }));
		expect(toColumns(rows, COLUMNS).columns.a).toEqual({
			dict: ['BEL', 'DNK'],
			codes: [0, 1, 0, null, 0]
		});
	});
});
