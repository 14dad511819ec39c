import { deniedHost, isOfficial, malformedUrl } from './hosts.ts';
import { text, type Obj, type Where } from './fields.ts';
import { fail } from './yaml-file.ts';

/** Checks one address: well formed, never a denied host, and official where it must be. */
export function checkAddress(
	value: unknown,
	w: Where,
	what: string,
	official: boolean,
	reproductions: ReadonlySet<string> = new Set()
): string {
	if (typeof value !== 'string') fail(w.f, w.path, w.entry, `${what} should be text`);
	const v = value.trim();
	const bad = malformedUrl(v);
	if (bad) fail(w.f, w.path, w.entry, `${what} ${bad}: ${JSON.stringify(v)}`);
	const url = new URL(v);
	const denied = deniedHost(url.hostname.toLowerCase());
	if (denied)
		fail(w.f, w.path, w.entry, `${what} is on ${denied} (${url.hostname}): never a source`);
	if (official && !isOfficial(url) && !reproductions.has(url.hostname.toLowerCase())) {
		fail(
			w.f,
			w.path,
			w.entry,
			`${what} is not on an official host (${url.hostname}): use the government domain, official journal, EUR-Lex / Publications Office, a national web archive or a web.archive.org snapshot of the official address`
		);
	}
	return v;
}

/** A required or optional URL field of a mapping, checked as above. */
export function addressField(
	o: Obj,
	key: string,
	w: Where,
	options: { official: boolean; required: boolean; reproductions?: ReadonlySet<string> }
): string | null {
	const v = text(o, key, w, options.required);
	if (v === null) return null;
	const at = { ...w, path: [...w.path, key] };
	return checkAddress(v, at, `"${key}"`, options.official, options.reproductions);
}
