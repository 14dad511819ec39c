import { tCouldNotFetch } from '$lib/i18n/pages/tools';
import type { FetchReply, FetchRequest } from './remote-fetch.worker';
import { SaidError } from './said-error';
import { workerClient } from './worker-client';

const fetcher = workerClient<Omit<FetchRequest, 'id'>, FetchReply>(
	() => new Worker(new URL('./remote-fetch.worker.ts', import.meta.url), { type: 'module' })
);

/**
 * `fetch` for a URL the user chose by name (GET or HEAD, an optional Range header), made by the
 * remote-fetch worker: the page itself may connect only to this site.
 */
export async function userFetch(
	input: string | URL | Request,
	init?: RequestInit
): Promise<Response> {
	const url = input instanceof Request ? input.url : String(input);
	const range = new Headers(init?.headers).get('Range');
	const reply = await fetcher({ url, method: init?.method === 'HEAD' ? 'HEAD' : 'GET', range });
	if ('error' in reply) {
		const reason = reply.error;
		throw new SaidError((locale) => tCouldNotFetch(locale, { url, reason }));
	}
	const status = reply.status;
	return new Response([101, 204, 205, 304].includes(status) ? null : reply.body, {
		status,
		statusText: reply.statusText,
		headers: reply.headers
	});
}
