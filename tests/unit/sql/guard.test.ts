import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tables } from '$lib/catalog/schema';
import { guardSql } from '$lib/sql/guard';
import { statements, tokenize } from '$lib/sql/tokenize';

const SHIPPED = Object.keys(tables);
const verdict = (sql: string) => guardSql(sql, SHIPPED);

describe('tokenize', () => {
	it('keeps keywords in strings, comments and dollar quotes out of the words', () => {
		const sql = `SELECT 'drop table x; --' AS a, $$DELETE FROM observations$$ /* DROP /* nested */ TABLE */ -- DROP\nFROM "My ""t"""`;
		const words = tokenize(sql)
			.filter((t) => t.kind === 'word' || t.kind === 'quoted')
			.map((t) => t.value);
		expect(words).toEqual(['select', 'as', 'a', 'from', 'my "t"']);
	});

	it('splits statements on semicolons outside strings only', () => {
		const parts = statements(tokenize("SELECT ';'; SELECT 2;; "));
		expect(parts).toHaveLength(2);
	});

	it('reads E-strings with backslash escapes and leaves unterminated runs at the end', () => {
		expect(tokenize("SELECT E'it\\'s ; drop'").map((t) => t.kind)).toEqual(['word', 'string']);
		expect(tokenize("SELECT 'open").map((t) => t.kind)).toEqual(['word', 'string']);
		expect(tokenize('SELECT 1 /* open').map((t) => t.kind)).toEqual(['word', 'number']);
	});

	it('treats $1 as a parameter, not a dollar quote', () => {
		expect(tokenize('SELECT $1, $2').map((t) => t.value)).toEqual([
			'select',
			'$',
			'1',
			',',
			'$',
			'2'
		]);
	});
});

describe('guardSql', () => {
	it.each([
		'SELECT * FROM observations',
		'select country, avg(value) from observations group by 1',
		'FROM countries',
		'WITH x AS (SELECT 1) SELECT * FROM x',
		'CREATE TABLE my_obs AS SELECT * FROM observations',
		'CREATE TEMP TABLE t (a INT); INSERT INTO t VALUES (1); UPDATE t SET a = 2; DELETE FROM t',
		'CREATE OR REPLACE VIEW v AS SELECT * FROM strategies',
		'DROP TABLE my_obs',
		'DESCRIBE observations',
		'SUMMARIZE observations',
		'PRAGMA table_info(observations)',
		"SELECT 'DROP TABLE observations'",
		'SELECT 1 -- ; DROP TABLE observations',
		'SELECT "update" FROM t',
		'INSERT INTO t SELECT * FROM observations ON CONFLICT DO UPDATE SET a = 1',
		'EXPLAIN SELECT * FROM observations',
		'SELECT * FROM observations_copy'
	])('allows %s', (sql) => expect(verdict(sql)).toEqual({ ok: true }));

	it.each([
		['DROP TABLE observations', 'observations'],
		['drop view if exists countries', 'countries'],
		['DELETE FROM observations WHERE year < 2010', 'observations'],
		['delete from main.observations', 'observations'],
		['DELETE FROM memory . main . "Observations"', 'observations'],
		['UPDATE indicators SET label = 1', 'indicators'],
		['INSERT INTO strategies SELECT * FROM strategies', 'strategies'],
		['INSERT OR REPLACE INTO targets VALUES (1)', 'targets'],
		['ALTER TABLE features RENAME TO f2', 'features'],
		['ALTER TABLE mine RENAME TO observations', 'observations'],
		['CREATE OR REPLACE TABLE observations AS SELECT 1', 'observations'],
		['CREATE TEMP VIEW countries AS SELECT 1', 'countries'],
		['CREATE MACRO sources() AS TABLE SELECT 1', 'sources'],
		['CREATE INDEX i ON observations (year)', 'observations'],
		['TRUNCATE observations', 'observations'],
		['COMMENT ON TABLE observations IS $$x$$', 'observations'],
		['SELECT 1; DROP TABLE observations', 'observations'],
		['WITH d AS (DELETE FROM observations RETURNING *) SELECT * FROM d', 'observations'],
		['EXPLAIN ANALYZE DELETE FROM observations', 'observations'],
		['(DELETE FROM observations)', 'observations'],
		['PREPARE p AS DROP TABLE observations', 'observations'],
		['/* hi */ DrOp/**/TABLE/**/"observations"', 'observations'],
		['MERGE INTO observations USING x ON true WHEN MATCHED THEN DELETE', 'observations']
	])('refuses %s', (sql, table) => {
		const v = verdict(sql);
		expect(v.ok).toBe(false);
		if (!v.ok) expect(v.reason).toContain(`“${table}”`);
	});

	it.each([
		["COPY observations TO 'out.csv'", 'COPY'],
		["COPY (SELECT 1) TO 'x.parquet' (FORMAT parquet)", 'COPY'],
		["ATTACH 'other.db'", 'ATTACH'],
		['DETACH other', 'DETACH'],
		['INSTALL httpfs', 'INSTALL'],
		['LOAD parquet', 'LOAD'],
		['FORCE INSTALL spatial', 'FORCE INSTALL'],
		['SET autoinstall_known_extensions = true', 'settings'],
		['RESET autoload_known_extensions', 'settings'],
		["EXPORT DATABASE 'dir'", 'EXPORT'],
		["IMPORT DATABASE 'dir'", 'IMPORT'],
		['UPDATE EXTENSIONS', 'Extensions'],
		['PRAGMA enable_profiling', 'PRAGMA'],
		['USE other', 'USE'],
		['SELECT 1; LOAD httpfs', 'LOAD'],
		['GRANT x', 'not available'],
		['', 'no statement'],
		['-- only a comment', 'no statement']
	])('refuses %s', (sql, words) => {
		const v = verdict(sql);
		expect(v.ok).toBe(false);
		if (!v.ok) expect(v.reason).toContain(words);
	});

	it('never throws, and no string literal or comment content changes the verdict', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 200 }), (text) => {
				expect(() => verdict(text)).not.toThrow();
				const quoted = `SELECT '${text.replaceAll("'", "''")}' FROM observations`;
				expect(verdict(quoted)).toEqual({ ok: true });
				expect(verdict(`SELECT 1 /* ${text.replaceAll('*/', '')} */`)).toEqual({ ok: true });
				expect(verdict(`DROP TABLE observations -- ${text}`).ok).toBe(false);
			}),
			{ numRuns: 300, seed: 8 }
		);
	});

	it('never throws on arbitrary text', () => {
		for (const sql of ['"', "'", '$$', '$a$', '/*', '--', '\u0000;;', '"""";DROP', "E'\\"]) {
			expect(() => verdict(sql)).not.toThrow();
		}
	});
});
