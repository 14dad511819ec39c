import { tCouldNotFetch, tHttpFor, tNotParquet } from '$lib/i18n/pages/tools';
import type { DecodeFailure, DecodeReply, DecodeRequest } from './parquet-decode.worker';
import { SaidError } from './said-error';
import { workerClient } from './worker-client';

const decoder = workerClient<Omit<DecodeRequest, 'id'>, DecodeReply>(
	() => new Worker(new URL('./parquet-decode.worker.ts', import.meta.url), { type: 'module' })
);

/** The decode worker's reason, as an error each page says in its language. */
export function decodeError(url: string, failure: DecodeFailure): SaidError {
	switch (failure.kind) {
		case 'http':
			return new SaidError((locale) => tHttpFor(locale, { status: failure.status, url }));
		case 'parquet':
			return new SaidError((locale) => tNotParquet(locale, { detail: failure.detail }));
		case 'fetch':
			return new SaidError((locale) => tCouldNotFetch(locale, { url, reason: failure.detail }));
	}
}

/**
 * A Parquet file of this site as an Arrow IPC stream, fetched and decoded by the decode worker;
 * rejects with the worker's reason (HTTP status, unreachable, or not valid Parquet).
 */
export async function decodeInWorker(url: string): Promise<Uint8Array> {
	const absolute = new URL(url, location.href).href;
	const reply = await decoder({ url: absolute });
	if ('failure' in reply) throw decodeError(absolute, reply.failure);
	return reply.ipc;
}
