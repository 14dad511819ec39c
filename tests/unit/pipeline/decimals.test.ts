import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decimalsOf, withDecimals } from '../../../pipeline/lib/decimals.ts';
import { openNodeDb, type NodeDb } from '$lib/server/node-db';

describe('the precision each source publishes', () => {
	it.each([
		[0.9717, 4],
		[0.9717, 4],
		[17.666666666666668, 6],
		[59.931200000000004, 4],
		[3, 0],
		[1e-7, 7]
	])('counts the decimals of %d as %i (capped later)', (v, d) =>
		expect(Math.min(decimalsOf(v), 6)).toBe(Math.min(d, 6))
	);

	it("keeps a source module's own decimals and fills the others from their values", () => {
		const indicators = [
			{ indicator_id: 'a', decimals: 1 },
			{ indicator_id: 'b' },
			{ indicator_id: 'c' }
		];
		const obs = [
			{ indicator_id: 'a', value: 1.23456 },
			{ indicator_id: 'b', value: 0.5 },
			{ indicator_id: 'b', value: 0.125 },
			{ indicator_id: 'b', value: null }
		];
		expect(withDecimals(indicators, obs).map((i) => i.decimals)).toEqual([1, 3, 0]);
	});

	describe('in the written catalogue', () => {
		let db: NodeDb;
		let decimals: Map<string, number>;
		beforeAll(async () => {
			db = await openNodeDb('static/data');
			const rows = await db.query({
				sql: 'SELECT indicator_id, decimals FROM indicators',
				params: []
			});
			decimals = new Map(rows.map((r) => [String(r.indicator_id), Number(r.decimals)]));
		});
		afterAll(() => db.connection.closeSync());

		it('is what the publishers print', () => {
			expect(decimals.get('un_egdi.egdi')).toBe(5);
			expect(decimals.get('un_egdi.rank')).toBe(0);
			expect(decimals.get('eu_egov.overall')).toBe(1);
			expect(decimals.get('eu_egov_yearly.overall')).toBe(1);
			expect(decimals.get('oecd_dgi.composite')).toBe(3);
			expect(decimals.get('eu_odm.overall')).toBe(1);
			expect([...decimals.values()].every((d) => d >= 0 && d <= 6)).toBe(true);
		});
	});
});
