import { onMount } from 'svelte';

/**
 * False in the prerendered HTML and while the page hydrates, true once the component has mounted.
 * For markup the first paint can do without, such as the two hundred options of a country list
 * (LateOptions.svelte). Call during component initialisation.
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
