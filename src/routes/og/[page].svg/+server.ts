import { error } from '@sveltejs/kit';
import { cardSvg } from '../cards';

export const prerender = true;

export { entries } from '../cards';

/** A page's preview image as SVG: its default chart with title and source, made at build time. */
export async function GET({ params }) {
	const svg = await cardSvg(params.page);
	if (!svg) error(404, 'No preview for this page.');
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
}
