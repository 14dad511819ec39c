import type { Locale } from '$lib/i18n/locales';
import { tLinkQueryDamaged, tLinkQueryTooLong } from '$lib/i18n/pages/tools';
import { keyProblems } from './key-problems';

/**
 * The SQL console's link grammar: `?q=<the query>` when it is short, `?z=<deflate-raw, base64url>`
 * when it is long. Decoding never throws: a broken link yields an empty query and a problem.
 */

/** Queries up to this many characters travel as plain text, so a short link stays readable. */
export const PLAIN_LIMIT = 200;
/** The longest query a link may carry, after decompression. */
export const MAX_SQL = 100_000;
const MAX_PARAM = 40_000;
/**
 * The longest query string a link may have (8 KB): servers refuse longer request lines and headers
 * (this project's own answered HTTP 431 to a 38 KB address). A longer query is shared as a file.
 */
export const LINK_BUDGET = 8192;

export interface SqlLink {
	sql: string;
	problems: string[];
}

function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (const b of bytes) binary += String.fromCharCode(b);
	return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
	if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
	const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
	return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function pipe(
	bytes: Uint8Array,
	stream: CompressionStream | DecompressionStream,
	limit: number
) {
	const reader = new Blob([bytes as BlobPart]).stream().pipeThrough<Uint8Array>(stream).getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.length;
		if (size > limit) {
			await reader.cancel();
			return null;
		}
		chunks.push(value);
	}
	const out = new Uint8Array(size);
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.length;
	}
	return out;
}

/**
 * The link parameters for a query: plain when short, compressed when long, and null when even
 * compressed they would pass LINK_BUDGET.
 */
export async function encodeSqlLink(sql: string): Promise<URLSearchParams | null> {
	if (sql.length <= PLAIN_LIMIT) return new URLSearchParams({ q: sql });
	const bytes = new TextEncoder().encode(sql);
	const packed = await pipe(bytes, new CompressionStream('deflate-raw'), Infinity);
	const params = new URLSearchParams({ z: toBase64Url(packed as Uint8Array) });
	return params.toString().length > LINK_BUDGET ? null : params;
}

async function unpack(z: string, locale: Locale): Promise<SqlLink> {
	const broken = { sql: '', problems: [tLinkQueryDamaged(locale)] };
	const tooLong = { sql: '', problems: [tLinkQueryTooLong(locale)] };
	if (z.length > MAX_PARAM) return tooLong;
	const bytes = fromBase64Url(z.trim());
	if (!bytes) return broken;
	try {
		const raw = await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_SQL * 4);
		if (!raw) return tooLong;
		return { sql: new TextDecoder('utf-8', { fatal: true }).decode(raw), problems: [] };
	} catch {
		return broken;
	}
}

/** Reads the query from a link; never throws. */
export async function decodeSqlLink(
	search: URLSearchParams,
	locale: Locale = 'en'
): Promise<SqlLink> {
	const z = search.getAll('z').at(-1) ?? null;
	const q = search.getAll('q').at(-1) ?? null;
	const keys = keyProblems(search, ['q', 'z', 'embed'], locale);
	const link = z !== null ? await unpack(z, locale) : { sql: q ?? '', problems: [] };
	if (link.sql.length > MAX_SQL) return { sql: '', problems: [...keys, tLinkQueryTooLong(locale)] };
	return { sql: link.sql, problems: [...keys, ...link.problems] };
}
