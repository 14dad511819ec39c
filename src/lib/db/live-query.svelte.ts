import type { Query } from './engine';
import { db } from './client.svelte';
import { messageOf } from './engine';
import type { Row } from './rows';

export interface LiveQuery<T> {
	/** The latest result, or null until the engine has answered once. */
	readonly rows: T[] | null;
	readonly error: string | null;
	/** True while a query for the current state is running. */
	readonly pending: boolean;
}

/**
 * Runs the query whenever its inputs change, once the engine is ready; a newer query wins over an
 * older one that answers late. `getQuery` returns null while there is nothing to ask.
 */
export function useLiveQuery<T = Row>(getQuery: () => Query | null): LiveQuery<T> {
	const result = $state({ error: null as string | null, pending: false });
	// Raw: rows are replaced whole, never mutated; a deep proxy over thousands of rows is slow.
	let rows = $state.raw<T[] | null>(null);
	$effect(() => {
		const query = getQuery();
		if (!query) {
			// Nothing to ask any more: an answer still on its way is dropped (see the cleanup).
			result.pending = false;
			return;
		}
		let stale = false;
		result.pending = true;
		db.query(query).then(
			(answer) => {
				if (stale) return;
				rows = answer as T[];
				result.error = null;
				result.pending = false;
			},
			(error: unknown) => {
				if (stale) return;
				result.error = messageOf(error);
				result.pending = false;
			}
		);
		return () => (stale = true);
	});
	return {
		get rows() {
			return rows;
		},
		get error() {
			return result.error;
		},
		get pending() {
			return result.pending;
		}
	};
}
