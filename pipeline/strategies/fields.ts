import { fail, type YamlFile, type YamlPath } from './yaml-file.ts';

export type Obj = Record<string, unknown>;

/** Where a value sits: the file, its path inside the file, and the entry to name in errors. */
export interface Where {
	f: YamlFile;
	path: YamlPath;
	entry: string;
}

const at = (w: Where, key: string | number): Where => ({ ...w, path: [...w.path, key] });

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export function object(value: unknown, w: Where, what: string): Obj {
	if (!isObject(value)) fail(w.f, w.path, w.entry, `${what} should be a mapping of fields`);
	return value;
}

export function list(value: unknown, w: Where, what: string): unknown[] {
	if (!Array.isArray(value) || value.length === 0) {
		fail(w.f, w.path, w.entry, `${what} should be a non-empty list`);
	}
	return value;
}

/** Rejects fields the format does not know, so that a misspelt field cannot go unnoticed. */
export function knownKeys(o: Obj, allowed: readonly string[], w: Where): void {
	for (const key of Object.keys(o)) {
		if (!allowed.includes(key)) {
			fail(
				w.f,
				[...w.path, key],
				w.entry,
				`unknown field "${key}" (allowed: ${allowed.join(', ')})`
			);
		}
	}
}

/** Text with runs of white space collapsed; null where an optional field is empty. */
export function text(o: Obj, key: string, w: Where, required = true): string | null {
	const v = o[key];
	if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) {
		if (!required) return null;
		fail(w.f, at(w, key).path, w.entry, `missing required field "${key}"`);
	}
	if (typeof v !== 'string') fail(w.f, at(w, key).path, w.entry, `"${key}" should be text`);
	return v.replace(/\s+/g, ' ').trim();
}

export function year(o: Obj, key: string, w: Where, required = true): number | null {
	const v = o[key];
	if (v === undefined) fail(w.f, w.path, w.entry, `missing required field "${key}"`);
	if (v === null && !required) return null;
	if (typeof v !== 'number' || !Number.isInteger(v) || v < 1950 || v > 2100) {
		fail(w.f, at(w, key).path, w.entry, `"${key}" should be a year, is ${JSON.stringify(v)}`);
	}
	return v;
}

const URL_PATTERN = /^https?:\/\/[^\s]+$/;

function checkUrl(v: unknown, w: Where, what: string): string {
	if (typeof v !== 'string' || !URL_PATTERN.test(v.trim())) {
		fail(w.f, w.path, w.entry, `${what} should be an http(s) URL without spaces`);
	}
	return v.trim();
}

export function url(o: Obj, key: string, w: Where): string {
	return checkUrl(text(o, key, w), at(w, key), `"${key}"`);
}

export function urls(o: Obj, key: string, w: Where): string[] {
	if (o[key] === undefined) fail(w.f, w.path, w.entry, `missing required field "${key}"`);
	const items = list(o[key], at(w, key), `"${key}"`);
	return items.map((item, i) => checkUrl(item, at(at(w, key), i), `"${key}" item ${i + 1}`));
}

export function oneOf(o: Obj, key: string, w: Where, allowed: readonly string[]): string {
	const v = text(o, key, w) as string;
	if (!allowed.includes(v)) {
		fail(w.f, at(w, key).path, w.entry, `unknown ${key} "${v}" (allowed: ${allowed.join(', ')})`);
	}
	return v;
}

/** Code-point order, the same on every machine and locale. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
