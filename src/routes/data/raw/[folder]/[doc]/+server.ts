import { error } from '@sveltejs/kit';
import { rawDocEntries, readRawDoc } from '$lib/server/raw-docs';

export const prerender = true;

export const entries = () => rawDocEntries();

/** A source's provenance or terms note, shipped as written beside its raw files. */
export function GET({ params }) {
	const text = readRawDoc(params.folder, params.doc);
	if (text === null) error(404, 'No such note.');
	return new Response(text, { headers: { 'content-type': 'text/markdown; charset=utf-8' } });
}
