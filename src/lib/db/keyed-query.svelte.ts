import { untrack } from 'svelte';
import type { Query } from './engine';
import { db } from './client.svelte';
import { liveState, type LiveQuery } from './live-query.svelte';
import { firstLiveChart } from '$lib/charts/first-live-chart';

export interface KeyedQueryOptions<T> {
	/**
	 * One key's rows, the same as the engine's, from somewhere faster (the result files): asked only
	 * while the engine is not ready; a failure leaves the answer to the engine.
	 */
	early?: (key: string) => Promise<T[]>;
}

/**
 * A live query whose rows split by a key (e.g. one indicator's rows each), over tables that do not
 * change once loaded. Each key is asked for once: when the keys change, only the new ones are
 * queried, in one query, and the rest come from what the page already has. `rows` are the current
 * keys' rows, in key order. Use it only for the core tables: their rows never change after start.
 * With `early`, keys asked before the engine is ready are answered from it first, then again by
 * the engine (with the same rows).
 */
export function useKeyedQuery<T>(
	getKeys: () => readonly string[] | null,
	queryFor: (keys: readonly string[]) => Query & { readonly row?: T },
	keyOf: (row: T) => string,
	options: KeyedQueryOptions<T> = {}
): LiveQuery<T> {
	// Deliberately not reactive: caches the effect reads; `rows` is what the page reacts to.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	const known = new Map<string, T[]>();
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	const early = new Map<string, T[]>();
	const live = liveState<T>();
	$effect(() => {
		const keys = getKeys();
		if (!keys) return void live.idle();
		const show = () => live.answer(keys.flatMap((k) => known.get(k) ?? []));
		const missing = keys.filter((k, i) => !known.has(k) && keys.indexOf(k) === i);
		if (missing.length === 0) return void show();
		let stale = false;
		let settled = false;
		live.asking();
		const { early: ask } = options;
		if (ask && !untrack(() => db.ready)) {
			const asked = Promise.all(missing.map(async (k) => early.get(k) ?? ask(k)));
			// The engine waits until the early answer is drawn (or fails): it would slow the drawing.
			db.holdFor(asked.then(() => firstLiveChart));
			asked.then(
				(parts) => {
					missing.forEach((k, i) => early.set(k, parts[i] ?? []));
					const rows = keys.flatMap((k) => known.get(k) ?? early.get(k) ?? []);
					if (!stale && !settled) live.answer(rows, 'early');
				},
				() => {}
			);
		}
		db.query(queryFor(missing), { wanted: () => !stale }).then(
			(answer) => {
				settled = true;
				for (const k of missing) known.set(k, []);
				for (const row of answer) known.get(keyOf(row))?.push(row);
				if (!stale) show();
			},
			(error: unknown) => {
				settled = true;
				if (!stale) live.fail(error);
			}
		);
		return () => (stale = true);
	});
	return live.view;
}
