import type { Handle } from '@sveltejs/kit';
import { paintFirst } from '$lib/server/paint-first';

/** Runs at build time only (every page is prerendered): the prerendered chart paints first. */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => paintFirst(html)
	});
