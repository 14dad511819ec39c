import { formatList } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locales';
import * as t from '$lib/i18n/pages/tools';

/** A typed URL parameter: how one piece of page state is read from and written to the query. */
export interface Param<T> {
	default: T;
	/** Reads the raw value; returns the value and the problems found, in a language (never throws). */
	decode(raw: string, locale?: Locale): { value: T; problems: string[] };
	encode(value: T): string;
	equals(a: T, b: T): boolean;
}

const MAX_LIST = 60;
const MAX_PROBLEMS = 5;

/** Values as a choice: "a or b or c" in English, as the language writes it elsewhere. */
export const orList = (values: readonly string[], locale: Locale = 'en') =>
	locale === 'en' ? values.join(' or ') : formatList(locale, values, 'disjunction');

/** The problems every list parameter reports, in a language. */
const listProblems = (name: string, locale: Locale) => ({
	tooMany: () => t.tOnlyFirstValues(locale, { max: MAX_LIST, name }),
	unknown: (item: string) => t.tIgnoredNotInData(locale, { name, value: clip(item) }),
	more: (count: number) => t.tIgnoredMore(locale, { count, name })
});

/** A `~`-separated list of codes, each checked against the catalogue; unknown items are dropped. */
export function codeList(
	name: string,
	isKnown: (code: string) => boolean,
	fallback: readonly string[]
): Param<string[]> {
	return {
		default: [...fallback],
		decode(raw, locale = 'en') {
			const say = listProblems(name, locale);
			const problems: string[] = [];
			const items = raw
				.split('~')
				.map((s) => s.trim().toUpperCase())
				.filter(Boolean);
			const kept: string[] = [];
			let ignored = 0;
			for (const item of items) {
				if (kept.length >= MAX_LIST) {
					problems.push(say.tooMany());
					break;
				}
				if (/^[A-Z0-9_]{2,12}$/.test(item) && isKnown(item)) {
					if (!kept.includes(item)) kept.push(item);
				} else if (++ignored <= MAX_PROBLEMS) problems.push(say.unknown(item));
			}
			if (ignored > MAX_PROBLEMS) problems.push(say.more(ignored - MAX_PROBLEMS));
			if (items.length > 0 && kept.length === 0) return { value: [...fallback], problems };
			return { value: kept, problems };
		},
		encode: (value) => value.join('~'),
		equals: (a, b) => a.length === b.length && a.every((v, i) => v === b[i])
	};
}

/** One value out of a fixed set. */
export function oneOf<T extends string>(name: string, values: readonly T[], fallback: T): Param<T> {
	return {
		default: fallback,
		decode(raw, locale = 'en') {
			const value = values.find((v) => v === raw.trim().toLowerCase());
			return value
				? { value, problems: [] }
				: {
						value: fallback,
						problems: [
							t.tIgnoredExpected(locale, {
								name,
								value: clip(raw),
								expected: orList(values, locale)
							})
						]
					};
		},
		encode: (value) => value,
		equals: (a, b) => a === b
	};
}

/** One id out of a catalogue (case-sensitive, e.g. an indicator id). */
export function catalogId(
	name: string,
	isKnown: (id: string) => boolean,
	fallback: string
): Param<string> {
	return {
		default: fallback,
		decode(raw, locale = 'en') {
			const id = raw.trim();
			return isKnown(id)
				? { value: id, problems: [] }
				: { value: fallback, problems: [listProblems(name, locale).unknown(id)] };
		},
		encode: (value) => value,
		equals: (a, b) => a === b
	};
}

/** Shortens a hostile or huge value before it is shown back to the user (as text, never HTML). */
export const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/** A `~`-separated list of case-sensitive catalogue ids (e.g. indicators); unknown ids are dropped. */
export function idList(
	name: string,
	isKnown: (id: string) => boolean,
	fallback: readonly string[]
): Param<string[]> {
	return {
		default: [...fallback],
		decode(raw, locale = 'en') {
			const say = listProblems(name, locale);
			const problems: string[] = [];
			const items = raw
				.split('~')
				.map((s) => s.trim())
				.filter(Boolean);
			const kept: string[] = [];
			let ignored = 0;
			for (const item of items) {
				if (kept.length >= MAX_LIST) {
					problems.push(say.tooMany());
					break;
				}
				if (/^[A-Za-z0-9_.-]{1,80}$/.test(item) && isKnown(item)) {
					if (!kept.includes(item)) kept.push(item);
				} else if (++ignored <= MAX_PROBLEMS) problems.push(say.unknown(item));
			}
			if (ignored > MAX_PROBLEMS) problems.push(say.more(ignored - MAX_PROBLEMS));
			return kept.length > 0 ? { value: kept, problems } : { value: [...fallback], problems };
		},
		encode: (value) => value.join('~'),
		equals: (a, b) => a.length === b.length && a.every((v, i) => v === b[i])
	};
}

/** Any subset of a fixed set, `~`-separated, kept in the set's order; empty means none. */
export function someOf<T extends string>(
	name: string,
	values: readonly T[],
	fallback: readonly T[]
): Param<T[]> {
	return {
		default: [...fallback],
		decode(raw, locale = 'en') {
			const items = raw
				.split('~')
				.map((s) => s.trim().toLowerCase())
				.filter(Boolean);
			const unknown = items.filter((i) => !values.includes(i as T));
			const expected = values.join(', ');
			const problems = unknown
				.slice(0, MAX_PROBLEMS)
				.map((i) => t.tIgnoredExpected(locale, { name, value: clip(i), expected }));
			const known = values.filter((v) => items.includes(v));
			// Only unknown items: the link meant some choice, not none; keep the default.
			if (unknown.length > 0 && known.length === 0) {
				const kept = fallback.length ? fallback.join(', ') : t.tNone(locale);
				return {
					value: [...fallback],
					problems: [...problems, t.tKeptDefault(locale, { name, kept })]
				};
			}
			return { value: known, problems };
		},
		encode: (value) => value.join('~'),
		equals: (a, b) => a.length === b.length && a.every((v, i) => v === b[i])
	};
}

/** Years from `from` to `to`, both included; null is the open end (earliest or latest edition). */
export interface YearRange {
	from: number | null;
	to: number | null;
}

const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;

function readYear(part: string, open: 'earliest' | 'latest'): number | null | undefined {
	if (part === '' || part === open) return null;
	if (!/^\d{4}$/.test(part)) return undefined;
	const year = Number(part);
	return year >= FIRST_YEAR && year <= LAST_YEAR ? year : undefined;
}

/** A year range: `2010..latest`, `earliest..2020`, `2010..2020`, or one year `2022`. */
export function yearRange(name: string, fallback: YearRange): Param<YearRange> {
	const bad = (raw: string, locale: Locale) => ({
		value: { ...fallback },
		problems: [
			t.tIgnoredYear(locale, { name, value: clip(raw), first: FIRST_YEAR, last: LAST_YEAR })
		]
	});
	return {
		default: { ...fallback },
		decode(raw, locale = 'en') {
			const parts = raw.trim().toLowerCase().split('..');
			if (parts.length > 2) return bad(raw, locale);
			const single = parts.length === 1;
			const from = readYear(parts[0] as string, 'earliest');
			const to = single ? from : readYear(parts[1] as string, 'latest');
			if (from === undefined || to === undefined || (single && from === null))
				return bad(raw, locale);
			if (from !== null && to !== null && from > to)
				return {
					value: { from: to, to: from },
					problems: [t.tSwappedYears(locale, { name, value: clip(raw) })]
				};
			return { value: { from, to }, problems: [] };
		},
		encode: ({ from, to }) =>
			from !== null && from === to ? String(from) : `${from ?? 'earliest'}..${to ?? 'latest'}`,
		equals: (a, b) => a.from === b.from && a.to === b.to
	};
}

/** An optional value, absent by default or when empty; `parse` returns undefined if unusable. */
export function optional<T>(
	name: string,
	parse: (raw: string) => T | undefined,
	expected: string | ((locale: Locale) => string),
	encode: (value: T) => string = String
): Param<T | undefined> {
	return {
		default: undefined,
		decode(raw, locale = 'en') {
			if (raw.trim() === '') return { value: undefined, problems: [] };
			const value = parse(raw.trim());
			const what = typeof expected === 'string' ? expected : expected(locale);
			return value === undefined
				? {
						value,
						problems: [t.tIgnoredExpected(locale, { name, value: clip(raw), expected: what })]
					}
				: { value, problems: [] };
		},
		encode: (value) => (value === undefined ? '' : encode(value)),
		equals: (a, b) => a === b
	};
}

/** One value out of a fixed set, or absent (the default). */
export const optionalOneOf = <T extends string>(name: string, values: readonly T[]) =>
	optional<T>(
		name,
		(raw) => values.find((v) => v === raw.toLowerCase()),
		(locale) => orList(values, locale)
	);
