import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statementSpans } from '$lib/sql/tokenize';

/*
 * The console runs a script one piece at a time, and the guard judges each piece; both rest on
 * statementSpans. If it ever cut a script where DuckDB does not (a comment or string read
 * differently), one piece could carry several statements past the guard. These properties compare
 * its pieces with DuckDB's own parser on generated scripts full of the constructs that differ
 * between tokenizers: `\r` line ends, nested block comments, dollar quotes, E-strings.
 */

let conn: DuckDBConnection;
beforeAll(async () => {
	conn = await (await DuckDBInstance.create(':memory:')).connect();
});
afterAll(() => conn?.closeSync());

/** DuckDB's statement count, or null when its parser refuses the text. */
async function duckCount(sql: string): Promise<number | null> {
	try {
		return (await conn.extractStatements(sql)).count;
	} catch {
		return null;
	}
}

const EOL = fc.constantFrom('\n', '\r', '\r\n');
// Unicode spaces are left to the second property: DuckDB turns them into spaces in a pre-pass that
// does not know comments (after `/*"*/` it keeps them, as identifier characters), which can only
// make DuckDB refuse a script, never move a boundary.
const SPACE = fc.constantFrom(' ', '\t', '\n', '\r', '\r\n', '\f');
const NOISE = fc.constantFrom(
	';',
	"'",
	'"',
	'$$',
	'$t$',
	'*/',
	'/*',
	'--',
	'\\',
	'DROP TABLE x',
	'é'
);
const lineComment = fc
	.tuple(fc.array(NOISE, { maxLength: 4 }), EOL)
	.map(([n, eol]) => `--${n.join('')}${eol}`);
const blockComment = fc
	.array(fc.constantFrom(';', "'", '--', '\r', '$$', 'x', '"', '/* ; */', '/* /* -- */ ; */'), {
		maxLength: 4
	})
	.map((n) => `/*${n.join('')}*/`);
const trivia = fc
	.array(fc.oneof(SPACE, lineComment, blockComment), { minLength: 1, maxLength: 3 })
	.map((t) => t.join(''));

const ITEMS = [
	'1',
	"'a;b'",
	"'it''s; --'",
	"'\\'",
	"E'\\';'",
	"E'\\\\'",
	"e'x\\''';'",
	'$$;$$',
	'$t$ ; $$ $t$',
	'$é$;$é$',
	'$1',
	'1 AS "a;""b"',
	"x'0A'",
	'1e5',
	'.5',
	'2-1',
	'a$b',
	"'a' || 'b'"
];
const item = fc.constantFrom(...ITEMS);
const statement = fc
	.tuple(fc.array(fc.tuple(item, fc.option(trivia)), { minLength: 1, maxLength: 3 }), fc.boolean())
	.map(([items, from]) => {
		const list = items.map(([it, t], i) => `${i ? ',' : ''}${t ?? ' '}${it}`).join('');
		return `SELECT${list}${from ? ' FROM range(1)' : ''}`;
	});
const script = fc
	.tuple(
		fc.option(trivia),
		fc.array(fc.tuple(statement, fc.option(trivia), fc.constantFrom(';', ';;', '; ;')), {
			minLength: 1,
			maxLength: 3
		}),
		fc.option(trivia)
	)
	.map(([lead, parts, tail]) => ({
		sql: `${lead ?? ''}${parts.map(([s, t, sep]) => `${s}${t ?? ''}${sep}`).join('')}${tail ?? ''}`,
		count: parts.length
	}));

describe('statementSpans agrees with DuckDB', () => {
	it('cuts 100,000 generated scripts into exactly DuckDB’s statements', async () => {
		let checked = 0;
		await fc.assert(
			fc.asyncProperty(script, async ({ sql, count }) => {
				const pieces = statementSpans(sql);
				expect(await duckCount(sql)).toBe(count);
				expect(pieces).toHaveLength(count);
				for (const piece of pieces) expect(await duckCount(piece.text)).toBe(1);
				checked++;
			}),
			{ numRuns: 100_000, seed: 17 }
		);
		expect(checked).toBe(100_000);
	}, 300_000);

	it('never hands DuckDB a piece that holds two statements, whatever the text', async () => {
		const fragment = fc.constantFrom(
			'SELECT 1',
			';',
			' ',
			'\r',
			'\n',
			'--',
			'/*',
			'*/',
			"'",
			"E'",
			'\\',
			'$$',
			'$a$',
			'"',
			'x',
			'\u00a0',
			'\u3000',
			'\ufeff',
			'\v'
		);
		await fc.assert(
			fc.asyncProperty(fc.array(fragment, { maxLength: 16 }), async (parts) => {
				for (const piece of statementSpans(parts.join(''))) {
					expect([null, 0, 1]).toContain(await duckCount(piece.text));
				}
			}),
			{ numRuns: 20_000, seed: 17 }
		);
	}, 120_000);

	it('splits the \\r comment bypass of issue 17 where DuckDB does', async () => {
		const sql = 'SELECT 1 --\r; DROP TABLE observations; SELECT 2';
		expect(statementSpans(sql).map((p) => p.text)).toEqual([
			'SELECT 1',
			'DROP TABLE observations',
			'SELECT 2'
		]);
		expect(await duckCount(sql)).toBe(3);
	});
});
