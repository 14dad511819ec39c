import { error } from '@sveltejs/kit';
import { composeSvg } from '$lib/download/compose-svg';
import { CARDS } from '../cards';

export const prerender = true;

export const entries = () => Object.keys(CARDS).map((page) => ({ page }));

/** A page's social preview image: its default chart with title and source, made at build time. */
export async function GET({ params }) {
	const card = CARDS[params.page];
	if (!card) error(404, 'No preview for this page.');
	return new Response(composeSvg(await card()), {
		headers: { 'content-type': 'image/svg+xml' }
	});
}
