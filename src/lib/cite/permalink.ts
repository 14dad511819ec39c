import { withEmbedFlag } from '$lib/state/embed.svelte';
import { toQueryString } from '$lib/state/url-sync';

/**
 * The canonical link of a view: this page's address with the given state (the full state) and
 * nothing else; with `embed`, the link an iframe loads (`embedKey` picks a frame other than the
 * page's main chart).
 */
export function permalink(
	href: string,
	state: URLSearchParams,
	options: { embed?: boolean; embedKey?: string } = {}
): string {
	const url = new URL(href);
	const query = toQueryString(new URLSearchParams([...state].filter(([k]) => k !== 'embed')));
	url.hash = '';
	url.search = options.embed ? withEmbedFlag(query, options.embedKey) : query;
	return url.href;
}

/** The iframe snippet that embeds a view. */
export function embedSnippet(src: string, title: string): string {
	const attr = (s: string) =>
		s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
	return `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="520" style="border:0" loading="lazy"></iframe>`;
}
