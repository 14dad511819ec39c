import type { Locale } from './locales';

/** A message's text in every language; the compiler refuses a message that lacks one. */
export type Texts = Readonly<Record<Locale, string>>;

/** The placeholder names in a text: `'Error {status}'` → `'status'`. */
export type Placeholders<S extends string> = S extends `${string}{${infer N}}${infer Rest}`
	? N | Placeholders<Rest>
	: never;

/** The values a message needs: none, or one per placeholder of its English text. */
export type Params<S extends string> = [Placeholders<S>] extends [never]
	? []
	: [params: Readonly<Record<Placeholders<S>, string | number>>];

/** A message: its text in a language, placeholders filled; its texts stay readable for tests. */
export type Message<S extends string> = ((locale: Locale, ...params: Params<S>) => string) & {
	readonly texts: Texts;
};

const PLACEHOLDER = /\{(\w+)\}/g;

/** The placeholder names of a text, sorted, for comparing languages. */
export const placeholdersOf = (text: string): string[] =>
	[...text.matchAll(PLACEHOLDER)].map((m) => m[1] as string).sort();

/** Defines a message; its placeholders are typed from the English text. */
export function message<const T extends Texts>(texts: T): Message<T['en']> {
	const say = (locale: Locale, params?: Readonly<Record<string, string | number>>) =>
		params
			? texts[locale].replace(PLACEHOLDER, (whole, name: string) => String(params[name] ?? whole))
			: texts[locale];
	return Object.assign(say, { texts }) as Message<T['en']>;
}

/** One piece of a text split at its placeholders: plain text, or the name of a placeholder. */
export type Piece = { text: string } | { slot: string };

/**
 * A message's text in a language as pieces, for markup that fills a placeholder with an element
 * (a link, a `<code>`): text and values stay separate, so no value is ever read as HTML.
 */
export function pieces(texts: Texts, locale: Locale): Piece[] {
	return texts[locale]
		.split(/(\{\w+\})/)
		.filter((part) => part !== '')
		.map((part) => (/^\{\w+\}$/.test(part) ? { slot: part.slice(1, -1) } : { text: part }));
}
