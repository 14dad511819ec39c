import type { Query } from './engine';
import { db } from './client.svelte';
import { liveState, type LiveQuery } from './live-query.svelte';

/**
 * A live query whose rows split by a key (e.g. one indicator's rows each), over tables that do not
 * change once loaded. Each key is asked for once: when the keys change, only the new ones are
 * queried, in one query, and the rest come from what the page already has. `rows` are the current
 * keys' rows, in key order. Use it only for the core tables: their rows never change after start.
 */
export function useKeyedQuery<T>(
	getKeys: () => readonly string[] | null,
	queryFor: (keys: readonly string[]) => Query,
	keyOf: (row: T) => string
): LiveQuery<T> {
	// Deliberately not reactive: a cache the effect reads; `rows` is what the page reacts to.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	const known = new Map<string, T[]>();
	const live = liveState<T>();
	$effect(() => {
		const keys = getKeys();
		if (!keys) return void live.idle();
		const show = () => live.answer(keys.flatMap((k) => known.get(k) ?? []));
		const missing = keys.filter((k, i) => !known.has(k) && keys.indexOf(k) === i);
		if (missing.length === 0) return void show();
		let stale = false;
		live.asking();
		db.query(queryFor(missing)).then(
			(answer) => {
				for (const k of missing) known.set(k, []);
				for (const row of answer as T[]) known.get(keyOf(row))?.push(row);
				if (!stale) show();
			},
			(error: unknown) => stale || live.fail(error)
		);
		return () => (stale = true);
	});
	return live.view;
}
