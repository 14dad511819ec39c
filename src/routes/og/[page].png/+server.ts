import { error } from '@sveltejs/kit';
import { cardPng } from '$lib/server/og-png';
import { cardSvg } from '../cards';

export const prerender = true;

export { entries } from '../cards';

/**
 * A page's preview image as PNG, 1200×630: social platforms take no SVG for og:image. The SVG
 * card, rasterised at build time in Node (resvg) with a bundled font.
 */
export async function GET({ params }) {
	const svg = await cardSvg(params.page);
	if (!svg) error(404, 'No preview for this page.');
	return new Response(new Uint8Array(cardPng(svg)), { headers: { 'content-type': 'image/png' } });
}
