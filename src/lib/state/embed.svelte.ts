/** Embed mode: the page shows its chart alone, for an iframe (`?embed` in the link). */
class EmbedMode {
	active = $state(false);

	/** Reads the flag from the address bar; browser only, after mount (prerendering has no query). */
	read(search = window.location.search): void {
		this.active = new URLSearchParams(search).has('embed');
	}
}

export const embed = new EmbedMode();

/** A query string with the embed flag added, for the iframe snippet: `country=EST&embed`. */
export const withEmbedFlag = (query: string) => (query ? `${query}&embed` : 'embed');
