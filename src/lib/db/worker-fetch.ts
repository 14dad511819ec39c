import type { FetchReply, FetchRequest } from './remote-fetch.worker';

let worker: Worker | null = null;
let next = 0;
const waiting = new Map<number, (reply: FetchReply) => void>();

function fetcher(): Worker {
	if (worker) return worker;
	worker = new Worker(new URL('./remote-fetch.worker.ts', import.meta.url), { type: 'module' });
	worker.onmessage = ({ data }: MessageEvent<FetchReply>) => {
		waiting.get(data.id)?.(data);
		waiting.delete(data.id);
	};
	return worker;
}

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
	const request: FetchRequest = {
		id: next++,
		url,
		method: init?.method === 'HEAD' ? 'HEAD' : 'GET',
		range
	};
	const reply = await new Promise<FetchReply>((done) => {
		waiting.set(request.id, done);
		fetcher().postMessage(request);
	});
	if ('error' in reply) throw new TypeError(`Could not fetch ${url}: ${reply.error}`);
	const status = reply.status;
	return new Response([101, 204, 205, 304].includes(status) ? null : reply.body, {
		status,
		statusText: reply.statusText,
		headers: reply.headers
	});
}
