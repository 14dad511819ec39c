import { SvelteSet } from 'svelte/reactivity';

/**
 * Embed mode: the page shows one chart alone, for an iframe. `?embed` embeds the page's main chart;
 * `?embed=timeline` the frame that declared that key. A key no frame declares falls back to the main
 * chart, so a mistyped link still shows something.
 */
class EmbedMode {
	active = $state(false);
	key = $state('');
	/** Keys declared by the frames on the page now. */
	readonly keys = new SvelteSet<string>();

	/** Reads the flag from the address bar; browser only, after mount (prerendering has no query). */
	read(search = window.location.search): void {
		const params = new URLSearchParams(search);
		this.active = params.has('embed');
		this.key = params.get('embed') ?? '';
	}

	/** Whether the frame with this key ('' for the page's main chart) is the one embedded. */
	shows(key: string): boolean {
		if (!this.active) return false;
		return key === this.key || (key === '' && !this.keys.has(this.key));
	}
}

export const embed = new EmbedMode();

/** A query string with the embed flag added, for the iframe snippet: `country=EST&embed`. */
export function withEmbedFlag(query: string, key = ''): string {
	const flag = key ? `embed=${encodeURIComponent(key)}` : 'embed';
	return query ? `${query}&${flag}` : flag;
}
