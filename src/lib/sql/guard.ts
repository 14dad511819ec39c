import type { Locale } from '$lib/i18n/locales';
import * as t from '$lib/i18n/pages/tools';
import { statements, tokenize, type Token } from './tokenize';

export type Verdict = { ok: true } | { ok: false; reason: string };

/** Statements the console never runs, with why. */
const NEVER: Record<string, (locale: Locale) => string> = {
	attach: t.tNeverAttach,
	detach: t.tNeverDetach,
	install: t.tNeverInstall,
	load: t.tNeverLoad,
	force: t.tNeverForce,
	export: t.tNeverExport,
	import: t.tNeverImport,
	copy: t.tNeverCopy,
	set: t.tNeverSet,
	reset: t.tNeverReset,
	use: t.tNeverUse
};

const ALLOWED_LEADERS = new Set([
	...'select with from values table explain describe desc summarize show pragma create drop alter'.split(
		' '
	),
	...'insert update delete truncate comment call prepare execute deallocate pivot unpivot'.split(
		' '
	),
	...'begin commit rollback start end abort vacuum analyze checkpoint merge'.split(' ')
]);

const READ_PRAGMAS = new Set(
	'table_info show_tables show_tables_expanded show database_size version functions collations platform storage_info metadata_info'.split(
		' '
	)
);

const isName = (t: Token | undefined) => t?.kind === 'word' || t?.kind === 'quoted';

/** The last part of a dotted name starting at `i`, and the index after it. */
function nameAt(tokens: Token[], i: number): { name: string | null; next: number } {
	if (!isName(tokens[i])) return { name: null, next: i };
	let name = (tokens[i] as Token).value;
	i++;
	while (tokens[i]?.value === '.' && isName(tokens[i + 1])) {
		name = (tokens[i + 1] as Token).value;
		i += 2;
	}
	return { name, next: i };
}

function skipWords(tokens: Token[], i: number, words: string[]): number {
	while (tokens[i]?.kind === 'word' && words.includes((tokens[i] as Token).value)) i++;
	return i;
}

/** Tables changed by INSERT, UPDATE, DELETE, TRUNCATE or MERGE anywhere in the statement. */
function dmlTargets(tokens: Token[]): string[] {
	const targets: string[] = [];
	tokens.forEach((t, i) => {
		if (t.kind !== 'word') return;
		let at = -1;
		if (t.value === 'delete' && tokens[i + 1]?.value === 'from') at = i + 2;
		else if (t.value === 'update' && tokens[i - 1]?.value !== 'do') at = i + 1;
		else if (t.value === 'insert')
			at = skipWords(tokens, i + 1, ['or', 'replace', 'ignore', 'into']);
		else if (t.value === 'truncate') at = skipWords(tokens, i + 1, ['table']);
		else if (t.value === 'merge' && tokens[i + 1]?.value === 'into') at = i + 2;
		const { name } = at >= 0 ? nameAt(tokens, at) : { name: null };
		if (name) targets.push(name);
	});
	return targets;
}

const CREATE_WORDS = [
	'or',
	'replace',
	'temp',
	'temporary',
	'persistent',
	'unique',
	'if',
	'not',
	'exists'
];
const KINDS = [
	'table',
	'view',
	'macro',
	'function',
	'sequence',
	'type',
	'schema',
	'index',
	'secret'
];

/** The name a CREATE statement defines (and, for an index, every name it mentions). */
function createdNames(tokens: Token[]): string[] {
	let i = skipWords(tokens, 1, CREATE_WORDS);
	const kind = tokens[i]?.value;
	if (kind === 'index') return tokens.filter(isName).map((t) => t.value);
	if (kind && KINDS.includes(kind)) i = skipWords(tokens, i + 1, ['if', 'not', 'exists']);
	const { name } = nameAt(tokens, i);
	return name ? [name] : [];
}

function leaderOf(tokens: Token[]): { leader: string; rest: Token[] } {
	let i = 0;
	while (tokens[i]?.value === '(') i++;
	if (tokens[i]?.value === 'explain') i = skipWords(tokens, i + 1, ['analyze', 'analyse']);
	const rest = tokens.slice(i);
	return { leader: rest[0]?.kind === 'word' ? (rest[0] as Token).value : '', rest };
}

function checkStatement(
	tokens: Token[],
	shipped: ReadonlySet<string>,
	locale: Locale
): string | null {
	const { leader, rest } = leaderOf(tokens);
	const as = rest.findIndex((t) => t.value === 'as');
	if (leader === 'prepare' && as > 0) return checkStatement(rest.slice(as + 1), shipped, locale);
	const never = Object.hasOwn(NEVER, leader) ? NEVER[leader] : undefined;
	if (never) return `${never(locale)}.`;
	if (leader === 'update' && rest[1]?.value === 'extensions') return t.tNoExtensionUpdate(locale);
	if (!ALLOWED_LEADERS.has(leader))
		return t.tStatementUnavailable(locale, { leader: leader || rest[0]?.value || '?' });
	if (leader === 'pragma' && !READ_PRAGMAS.has(rest[1]?.value ?? ''))
		return t.tPragmaUnavailable(locale, { name: rest[1]?.value ?? '' });
	const touched =
		leader === 'drop' || leader === 'alter' || leader === 'comment'
			? rest.filter(isName).map((t) => t.value)
			: leader === 'create'
				? createdNames(rest)
				: [];
	const hit = [...touched, ...dmlTargets(rest)].find((n) => shipped.has(n));
	if (hit) return t.tShippedRefused(locale, { op: leader.toUpperCase(), table: hit });
	return null;
}

/**
 * Decides, before DuckDB sees it, whether the console may run this SQL: anything that would change
 * a shipped table, reach outside the browser's copy of the data, or change settings is refused.
 */
export function guardSql(sql: string, shipped: readonly string[], locale: Locale = 'en'): Verdict {
	const names = new Set(shipped.map((s) => s.toLowerCase()));
	const parts = statements(tokenize(sql));
	if (parts.length === 0) return { ok: false, reason: t.tNoStatement(locale) };
	for (const part of parts) {
		const reason = checkStatement(part, names, locale);
		if (reason) return { ok: false, reason };
	}
	return { ok: true };
}
