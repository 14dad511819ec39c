import { json } from '@sveltejs/kit';
import { withNodeDb } from '$lib/server/prerender';
import { buildMatrixFile } from '$lib/server/strategies-file';
import { FIVE } from '$lib/state/home-state';

export const prerender = true;

/** The strategies matrix for every choice a link can make: a /strategies link's first matrix. */
export const GET = async () => json(await withNodeDb((db) => buildMatrixFile(db, FIVE)));
