import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	decodeSqlLink,
	encodeSqlLink,
	LINK_BUDGET,
	MAX_SQL,
	PLAIN_LIMIT
} from '$lib/state/sql-state';

const encoded = async (sql: string) => {
	const params = await encodeSqlLink(sql);
	if (!params) throw new Error('over the link budget');
	return params;
};

const roundTrip = async (sql: string) =>
	decodeSqlLink(new URLSearchParams((await encoded(sql)).toString()));

describe('SQL link codec', () => {
	it('keeps short queries readable as q=', async () => {
		const params = await encoded('SELECT * FROM countries');
		expect(params.toString()).toBe('q=SELECT+*+FROM+countries');
		expect(await roundTrip('SELECT * FROM countries')).toEqual({
			sql: 'SELECT * FROM countries',
			problems: []
		});
	});

	it('compresses long queries into z= and shortens the link', async () => {
		const sql = `SELECT country, year, value FROM observations WHERE indicator_id = 'un_egdi.egdi'\n${'AND value > 0.5 '.repeat(40)}`;
		expect(sql.length).toBeGreaterThan(PLAIN_LIMIT);
		const params = await encoded(sql);
		expect(params.has('z')).toBe(true);
		expect(params.get('z')).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(params.toString().length).toBeLessThan(sql.length / 2);
		expect((await roundTrip(sql)).sql).toBe(sql);
	});

	it('round-trips any text, including hostile characters', async () => {
		for (const sql of ["SELECT '+ & ; ~ % <script>alert(1)</script>'", 'é€😀\u0000\n\t', '']) {
			expect((await roundTrip(sql)).sql).toBe(sql);
			expect((await roundTrip(sql.repeat(60))).sql).toBe(sql.repeat(60));
		}
		await fc.assert(
			fc.asyncProperty(fc.string({ maxLength: 600, unit: 'grapheme' }), async (sql) => {
				expect((await roundTrip(sql)).sql).toBe(sql);
			}),
			{ numRuns: 60, seed: 8 }
		);
	});

	it.each([
		['z=not base64!', 'damaged'],
		['z=AAAA', 'damaged'],
		['z=A', 'damaged'],
		['z=' + 'A'.repeat(50_000), 'too long'],
		['z=%ZZ', 'damaged']
	])('never throws on %s', async (search, problem) => {
		const link = await decodeSqlLink(new URLSearchParams(search));
		expect(link.sql).toBe('');
		expect(link.problems.join(' ')).toContain(problem);
	});

	it('refuses a compression bomb and an over-long plain query', async () => {
		const bomb = await encoded(' '.repeat(MAX_SQL * 5));
		expect(bomb.get('z')?.length).toBeLessThan(2000);
		expect((await decodeSqlLink(bomb)).problems).toEqual(['The query in the link is too long.']);
		const long = new URLSearchParams({ q: 'x'.repeat(MAX_SQL + 1) });
		expect((await decodeSqlLink(long)).sql).toBe('');
	});

	it('gives no link for a query that passes 8 KB even compressed (a server answers 431)', async () => {
		let seed = 17;
		const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
		const noise = Array.from({ length: 12_000 }, () =>
			String.fromCharCode(33 + Math.floor(random() * 90))
		).join('');
		expect(await encodeSqlLink(`SELECT '${noise}'`)).toBeNull();
		const long = `SELECT 1 AS x${' UNION ALL SELECT 1'.repeat(2000)}`;
		expect(long.length).toBeGreaterThan(LINK_BUDGET * 4);
		expect((await encoded(long)).toString().length).toBeLessThanOrEqual(LINK_BUDGET);
	});

	it('reports repeated and unknown keys as every page does, and uses the last value', async () => {
		const link = await decodeSqlLink(new URLSearchParams('q=SELECT+1&q=SELECT+2&embed&embed&zz=1'));
		expect(link).toEqual({
			sql: 'SELECT 2',
			problems: [
				'"q" was given 2 times; the last one was used.',
				'"embed" was given 2 times; the last one was used.',
				'Ignored unknown setting "zz".'
			]
		});
	});

	it('reads an empty link as an empty query', async () => {
		expect(await decodeSqlLink(new URLSearchParams(''))).toEqual({ sql: '', problems: [] });
	});
});
