const KEY = 'egov:sql-history';
const MAX = 50;

/** The part of Web Storage the history needs (localStorage in the browser, a Map in tests). */
export interface KeyValueStore {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
}

/** Past queries, newest first; unreadable or foreign storage reads as empty. */
export function readHistory(store: KeyValueStore | null): string[] {
	try {
		const parsed: unknown = JSON.parse(store?.getItem(KEY) ?? '[]');
		return Array.isArray(parsed) ? parsed.filter((q) => typeof q === 'string').slice(0, MAX) : [];
	} catch {
		return [];
	}
}

/** Puts a query at the top of the history (once), keeps the newest 50, and returns the list. */
export function remember(store: KeyValueStore | null, sql: string): string[] {
	const query = sql.trim();
	const list = readHistory(store);
	if (!query) return list;
	const next = [query, ...list.filter((q) => q !== query)].slice(0, MAX);
	try {
		store?.setItem(KEY, JSON.stringify(next));
	} catch {
		// Storage full or blocked: the history lives for this visit only.
	}
	return next;
}
