import { goto } from '$app/navigation';
import { withEmbedFlag } from './embed.svelte';

/** The query string as the user opened it (browser only: prerendered pages have none). */
export const readQuery = () => new URLSearchParams(window.location.search);

/** `~` and `.` kept readable in links, as in `country=BEL~DNK`. */
export const toQueryString = (params: URLSearchParams) => params.toString().replaceAll('%7E', '~');

let timer: ReturnType<typeof setTimeout> | undefined;

/** Writes the page state into the address bar, replacing the entry; debounced. The only writer. */
export function writeQuery(params: URLSearchParams, delayMs = 200): void {
	clearTimeout(timer);
	const page = window.location.pathname;
	timer = setTimeout(() => {
		const url = new URL(window.location.href);
		// The user moved to another page meanwhile: this state is no longer the address bar's.
		if (url.pathname !== page) return;
		const query = toQueryString(params);
		const embedded = url.searchParams.get('embed');
		const search = embedded === null ? query : withEmbedFlag(query, embedded);
		if (url.search.replace(/^\?/, '') === search) return;
		url.search = search;
		// eslint-disable-next-line svelte/no-navigation-without-resolve -- the current page, new query only
		void goto(url.href, { replaceState: true, keepFocus: true, noScroll: true });
	}, delayMs);
}
