import type { Query } from './engine';
import { db } from './client.svelte';
import { pageLocale } from '$lib/i18n/current';
import { messageOf } from './said-error';
import type { Row } from './rows';

export interface LiveQuery<T> {
	/** The latest result, or null until the engine has answered once. */
	readonly rows: T[] | null;
	readonly error: string | null;
	/** True while a query for the current state is running. */
	readonly pending: boolean;
	/** Where the rows came from: the result files built with the site (`early`) or the engine. */
	readonly from: 'early' | 'engine' | null;
}

/** What a live query reports, and the moves that change it; `view` is what pages read. */
export function liveState<T>() {
	const result = $state({ error: null as string | null, pending: false });
	// Raw: rows are replaced whole, never mutated; a deep proxy over thousands of rows is slow.
	let rows = $state.raw<T[] | null>(null);
	let from = $state<LiveQuery<T>['from']>(null);
	return {
		asking: () => (result.pending = true),
		/** Nothing to wait for any more (an answer still on its way is dropped by its caller). */
		idle: () => (result.pending = false),
		answer(next: T[], source: 'early' | 'engine' = 'engine') {
			rows = next;
			from = source;
			result.error = null;
			result.pending = false;
		},
		fail(error: unknown) {
			result.error = messageOf(error, pageLocale());
			result.pending = false;
		},
		view: {
			get rows() {
				return rows;
			},
			get error() {
				return result.error;
			},
			get pending() {
				return result.pending;
			},
			get from() {
				return from;
			}
		} as LiveQuery<T>
	};
}

/**
 * Runs the query whenever its inputs change, once the engine is ready; a newer query wins over an
 * older one that answers late. `getQuery` returns null while there is nothing to ask.
 */
export function useLiveQuery<T = Row>(getQuery: () => Query | null): LiveQuery<T> {
	const live = liveState<T>();
	$effect(() => {
		const query = getQuery();
		if (!query) return void live.idle();
		let stale = false;
		live.asking();
		db.query(query, { wanted: () => !stale }).then(
			(answer) => stale || live.answer(answer as T[]),
			(error: unknown) => stale || live.fail(error)
		);
		return () => (stale = true);
	});
	return live.view;
}
