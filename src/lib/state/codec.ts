import type { Locale } from '$lib/i18n/locales';
import { keyProblems } from './key-problems';
import type { Param } from './params';

/** Rewrites the query of an older link into the current grammar; `why` says what changed, when. */
export interface Migration {
	from: number;
	why: string;
	migrate(params: URLSearchParams): URLSearchParams;
}

export type Params<S> = { [K in keyof S]: Param<S[K]> };

export interface Codec<S> {
	defaults: S;
	/** Only values that differ from the defaults are written (`full`: every value that is set); `v` only when the grammar broke. */
	encode(state: S, options?: { full?: boolean }): URLSearchParams;
	/** Never throws: bad values fall back to defaults and are reported in `problems`, in a language. */
	decode(search: URLSearchParams, locale?: Locale): { state: S; problems: string[] };
}

/** The first grammar; each migration's `from` is the last version it reads. */
export const GRAMMAR_VERSION = 1;

/** The current grammar of a codec: one past the newest migration. */
export const versionOf = (migrations: readonly Migration[]) =>
	migrations.reduce((v, m) => Math.max(v, m.from + 1), GRAMMAR_VERSION);

export function createCodec<S extends object>(
	params: Params<S>,
	migrations: Migration[] = []
): Codec<S> {
	const keys = Object.keys(params) as (keyof S & string)[];
	const defaults = Object.fromEntries(keys.map((k) => [k, params[k].default])) as S;
	const ordered = [...migrations].sort((a, b) => a.from - b.from);
	const current = versionOf(migrations);
	return {
		defaults,
		encode(state, options = {}) {
			const out = new URLSearchParams();
			for (const key of keys) {
				const p = params[key];
				const differs = !p.equals(state[key], p.default);
				// A full link spells out every setting, but an absent option stays absent (no `marks=`).
				if (differs || (options.full && state[key] !== undefined))
					out.set(key, p.encode(state[key]));
			}
			if (current > GRAMMAR_VERSION) out.set('v', String(current));
			return out;
		},
		decode(search, locale = 'en') {
			const problems: string[] = [];
			let query = new URLSearchParams(search);
			const version = Number(query.get('v') ?? '1');
			for (const m of ordered)
				if (Number.isFinite(version) && version <= m.from) query = m.migrate(query);
			const state = { ...defaults };
			for (const key of keys) {
				const values = query.getAll(key);
				if (values.length === 0) continue;
				const decoded = params[key].decode(values[values.length - 1] as string, locale);
				state[key] = decoded.value;
				problems.push(...decoded.problems);
			}
			problems.push(...keyProblems(query, [...keys, 'v', 'embed'], locale));
			return { state, problems };
		}
	};
}
