import { json } from '@sveltejs/kit';
import { buildMarksFile } from '$lib/server/marks-file';
import { sharedNodeDb } from '$lib/server/shared-db';

export const prerender = true;

/** Every strategy launch a home link can mark on its lines, for its first chart. */
export const GET = async () => json(await buildMarksFile(await sharedNodeDb()));
