import type { Query } from './engine';
import { db } from './client.svelte';
import { messageOf } from './engine';

/** A live query's answer together with the state it answers, so a page never mixes the two. */
export interface Answered<S, T> {
	state: S;
	rows: T[];
}

export interface StateQuery<S, T> {
	/** The newest answer and the state it was asked for; null until the engine has answered once. */
	readonly answer: Answered<S, T> | null;
	readonly error: string | null;
	/** True while the answer is not for the state asked now. */
	readonly pending: boolean;
}

/**
 * Runs `toQuery(state)` whenever the state changes, once the engine is ready, and keeps each answer
 * with the state it was asked for: a page draws and describes `answer.state`, never a newer state
 * over older rows. `getState` returns null while there is nothing to ask; a newer state wins over
 * an older one that answers late.
 */
export function useStateQuery<S, T>(
	getState: () => S | null,
	toQuery: (state: S) => Query
): StateQuery<S, T> {
	let answer = $state.raw<Answered<S, T> | null>(null);
	const status = $state({ error: null as string | null, pending: false });
	$effect(() => {
		const state = getState();
		if (state === null) return void (status.pending = false);
		let stale = false;
		status.pending = true;
		db.query(toQuery(state)).then(
			(rows) => {
				if (stale) return;
				answer = { state, rows: rows as T[] };
				status.error = null;
				status.pending = false;
			},
			(error: unknown) => {
				if (stale) return;
				status.error = messageOf(error);
				status.pending = false;
			}
		);
		return () => (stale = true);
	});
	return {
		get answer() {
			return answer;
		},
		get error() {
			return status.error;
		},
		get pending() {
			return status.pending;
		}
	};
}
