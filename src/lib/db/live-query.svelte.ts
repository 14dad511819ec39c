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
	const result = $state({ rows: null as T[] | null, error: null as string | null, pending: false });
	$effect(() => {
		const query = getQuery();
		if (!query) return;
		let stale = false;
		result.pending = true;
		db.query(query).then(
			(rows) => {
				if (stale) return;
				result.rows = rows as T[];
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
	return result;
}
