import { json } from '@sveltejs/kit';
import { sharedNodeDb } from '$lib/server/shared-db';
import { buildMatrixFile } from '$lib/server/strategies-file';
import { FIVE } from '$lib/state/home-state';

export const prerender = true;

/** The strategies matrix for every choice a link can make: a /strategies link's first matrix. */
export const GET = async () => json(await buildMatrixFile(await sharedNodeDb(), FIVE));
