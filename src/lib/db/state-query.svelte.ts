import { untrack } from 'svelte';
import type { Query } from './engine';
import { db } from './client.svelte';
import { pageLocale } from '$lib/i18n/current';
import { messageOf } from './said-error';
import { firstLiveChart } from '$lib/charts/first-live-chart';
import { sameWhileEqual } from './state-key';

/** A live query's answer together with the state it answers, so a page never mixes the two. */
export interface Answered<S, T> {
	state: S;
	rows: T[];
	/** `early`: from the result files built with the site, before the engine was ready. */
	from: 'early' | 'engine';
}

export interface StateQuery<S, T> {
	/** The newest answer and the state it was asked for; null until the first answer. */
	readonly answer: Answered<S, T> | null;
	readonly error: string | null;
	/** True while the answer is not for the state asked now. */
	readonly pending: boolean;
}

export interface StateQueryOptions<S, T> {
	/**
	 * The same rows as the query's, from somewhere faster than the engine (the result files): asked
	 * only while the engine is not ready; a failure leaves the answer to the engine.
	 */
	early?: (state: S) => Promise<T[]>;
	/**
	 * False while the engine cannot answer yet although it is started (e.g. a table it reads is
	 * still loading): the query waits, and `early` answers meanwhile.
	 */
	ready?: () => boolean;
}

/**
 * Runs `toQuery(state)` whenever the state changes, once the engine is ready, and keeps each answer
 * with the state it was asked for: a page draws and describes `answer.state`, never a newer state
 * over older rows. `getState` returns null while there is nothing to ask; a newer state wins over
 * an older one that answers late. With `early`, a state asked before the engine is ready is
 * answered from it first, then again by the engine (with the same rows). With `ready`, the engine
 * is asked only once it returns true. A new state equal to the one asked (see `stateKey`) asks
 * nothing: e.g. a page's benchmark query is not run again when only its feature changed.
 */
export function useStateQuery<S, T>(
	getState: () => S | null,
	toQuery: (state: S) => Query & { readonly row?: T },
	options: StateQueryOptions<S, T> = {}
): StateQuery<S, T> {
	let answer = $state.raw<Answered<S, T> | null>(null);
	const status = $state({ error: null as string | null, pending: false });
	const asked = $derived.by(sameWhileEqual(getState));
	$effect(() => {
		const state = asked;
		if (state === null) return void (status.pending = false);
		const answerable = options.ready?.() ?? true;
		let stale = false;
		let settled = false;
		// Asked again for the state already answered early (the engine became able to answer): the
		// answer shown stays current while the engine confirms it.
		status.pending = untrack(() => answer?.state) !== state;
		const publish = (rows: T[], from: Answered<S, T>['from']) => {
			answer = { state, rows, from };
			status.error = null;
			status.pending = false;
		};
		if (options.early && !(answerable && untrack(() => db.ready))) {
			const early = options.early(state);
			// The engine waits until the early answer is drawn (or fails): it would slow the drawing.
			db.holdFor(early.then(() => firstLiveChart));
			early.then(
				(rows) => stale || settled || publish(rows, 'early'),
				() => {}
			);
		}
		if (!answerable) return () => (stale = true);
		db.query(toQuery(state), { wanted: () => !stale }).then(
			(rows) => {
				settled = true;
				if (!stale) publish(rows, 'engine');
			},
			(error: unknown) => {
				settled = true;
				if (stale) return;
				status.error = messageOf(error, pageLocale());
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
