import { onMount } from 'svelte';

/**
 * False in the prerendered HTML and while the page hydrates, true once the component has mounted.
 * For markup the first paint can do without: the two hundred options of a country list cost the
 * first frame some 20 ms of style and layout on this machine (BENCHMARKS.md), and nobody can pick
 * one before the app runs. Call during component initialisation.
 */
export function mounted(): { readonly current: boolean } {
	let current = $state(false);
	onMount(() => {
		current = true;
	});
	return {
		get current() {
			return current;
		}
	};
}
