import type { Handle } from '@sveltejs/kit';
import { withCsp } from '$lib/server/csp';
import { paintFirst } from '$lib/server/paint-first';

/**
 * Runs at build time only (every page is prerendered): the prerendered chart paints first, and
 * the page carries its Content-Security-Policy, hashed over its final inline scripts.
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => withCsp(paintFirst(html))
	});
