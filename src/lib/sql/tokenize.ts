export type TokenKind = 'word' | 'quoted' | 'string' | 'number' | 'punct';

export interface Token {
	kind: TokenKind;
	/** Lower-cased word, unquoted identifier, or the punctuation itself; strings keep their text. */
	value: string;
	start: number;
	end: number;
}

/** DuckDB's whitespace: ASCII, plus the Unicode spaces its parser turns into spaces first. */
const SPACE = /[ \t\n\r\f\u00a0\u2000-\u200a\u202f\u205f\u3000\ufeff]/;
const WORD_START = /[A-Za-z_\u0080-\uffff]/;
const WORD_PART = /[A-Za-z0-9_$\u0080-\uffff]/;
const DOLLAR_TAG = /^\$([A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/;

/** After a `--` comment: DuckDB ends it at `\r` as well as `\n`. */
function lineEnd(sql: string, i: number): number {
	while (i < sql.length && sql[i] !== '\n' && sql[i] !== '\r') i++;
	return i;
}

function skipBlockComment(sql: string, i: number): number {
	let depth = 0;
	while (i < sql.length) {
		if (sql.startsWith('/*', i)) {
			depth++;
			i += 2;
		} else if (sql.startsWith('*/', i)) {
			depth--;
			i += 2;
			if (depth === 0) return i;
		} else i++;
	}
	return i;
}

/** End of a quoted run starting at `i` (the opening quote); a doubled quote is an escape. */
function skipQuoted(sql: string, i: number, quote: string, backslash = false): number {
	i++;
	while (i < sql.length) {
		const ch = sql[i];
		if (backslash && ch === '\\') i += 2;
		else if (ch === quote && sql[i + 1] === quote) i += 2;
		else if (ch === quote) return i + 1;
		else i++;
	}
	return i;
}

function dollarEnd(sql: string, i: number): number | null {
	const tag = DOLLAR_TAG.exec(sql.slice(i, i + 256));
	if (!tag) return null;
	const close = sql.indexOf(tag[0], i + tag[0].length);
	return close < 0 ? sql.length : close + tag[0].length;
}

function stringAt(sql: string, i: number): number | null {
	const ch = sql[i];
	if (ch === "'") return skipQuoted(sql, i, "'");
	if ((ch === 'E' || ch === 'e') && sql[i + 1] === "'") return skipQuoted(sql, i + 1, "'", true);
	if (ch === '$') return dollarEnd(sql, i);
	return null;
}

/**
 * Splits SQL into words, quoted identifiers, strings, numbers and punctuation. Comments and
 * whitespace are dropped; strings, dollar-quoted strings and comments never yield words, so a
 * keyword inside them cannot be mistaken for a statement. Unterminated runs end at the text's end.
 */
export function tokenize(sql: string): Token[] {
	const tokens: Token[] = [];
	let i = 0;
	while (i < sql.length) {
		const ch = sql[i] as string;
		const start = i;
		if (SPACE.test(ch)) i++;
		else if (sql.startsWith('--', i)) i = lineEnd(sql, i);
		else if (sql.startsWith('/*', i)) i = skipBlockComment(sql, i);
		else if (stringAt(sql, i) !== null) {
			i = stringAt(sql, i) as number;
			tokens.push({ kind: 'string', value: sql.slice(start, i), start, end: i });
		} else if (ch === '"') {
			i = skipQuoted(sql, i, '"');
			const inner = sql.slice(start + 1, sql[i - 1] === '"' && i - start > 1 ? i - 1 : i);
			tokens.push({
				kind: 'quoted',
				value: inner.replaceAll('""', '"').toLowerCase(),
				start,
				end: i
			});
		} else if (WORD_START.test(ch)) {
			while (i < sql.length && WORD_PART.test(sql[i] as string)) i++;
			tokens.push({ kind: 'word', value: sql.slice(start, i).toLowerCase(), start, end: i });
		} else if (/[0-9]/.test(ch)) {
			while (i < sql.length && /[0-9._eE]/.test(sql[i] as string)) i++;
			tokens.push({ kind: 'number', value: sql.slice(start, i), start, end: i });
		} else {
			i++;
			tokens.push({ kind: 'punct', value: ch, start, end: i });
		}
	}
	return tokens;
}

/** Tokens grouped by statement (split on `;`), empty statements dropped. */
export function statements(tokens: Token[]): Token[][] {
	const out: Token[][] = [[]];
	for (const t of tokens) {
		if (t.kind === 'punct' && t.value === ';') out.push([]);
		else (out[out.length - 1] as Token[]).push(t);
	}
	return out.filter((s) => s.length > 0);
}

/** Each statement's text and where it starts in the script (comments before it dropped). */
export function statementSpans(sql: string): { text: string; start: number }[] {
	return statements(tokenize(sql)).map((s) => {
		const start = (s[0] as Token).start;
		return { text: sql.slice(start, (s[s.length - 1] as Token).end), start };
	});
}

/** The text of each statement, for running a script one statement at a time. */
export const splitStatements = (sql: string): string[] => statementSpans(sql).map((s) => s.text);
