import { onMount } from 'svelte';
import { pageLocale } from '$lib/i18n/current';
import type { Codec } from './codec';
import { readQuery, writeQuery } from './url-sync';

export interface UrlState<S> {
	/** The page state; mutate it and the URL follows. */
	state: S;
	/** What the link held that could not be used, for the page's notice. */
	readonly problems: string[];
	/** False until the URL has been read (prerendered HTML shows the defaults). */
	readonly ready: boolean;
}

/**
 * Page state that lives in the URL: read once after mount (prerendering has no query), then
 * written back with replaceState, debounced, whenever it changes. Call during component setup.
 */
export function useUrlState<S extends object>(codec: () => Codec<S>): UrlState<S> {
	const store = $state({ state: codec().defaults, problems: [] as string[], ready: false });
	onMount(() => {
		const { state, problems } = codec().decode(readQuery(), pageLocale());
		store.state = state;
		store.problems = problems;
		store.ready = true;
	});
	$effect(() => {
		if (store.ready) writeQuery(codec().encode($state.snapshot(store.state) as S));
	});
	return store;
}
