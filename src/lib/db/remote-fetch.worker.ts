/// <reference lib="webworker" />
/**
 * Fetches the Parquet URL the user typed and confirmed in the SQL console's remote control, for
 * the page, whose own policy lets it connect to this site only. It fetches only the requests the
 * page posts (GET or HEAD, with a Range header at most) and sends the answers back.
 */
export interface FetchRequest {
	id: number;
	url: string;
	method: 'GET' | 'HEAD';
	range: string | null;
}

export type FetchReply =
	| {
			id: number;
			status: number;
			statusText: string;
			headers: [string, string][];
			body: ArrayBuffer | null;
	  }
	| { id: number; error: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async ({ data }: MessageEvent<FetchRequest>) => {
	const { id, url, method, range } = data;
	try {
		const parsed = new URL(url);
		if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
			throw new Error('only http and https addresses can be read');
		const response = await fetch(parsed, {
			method: method === 'HEAD' ? 'HEAD' : 'GET',
			headers: range ? { Range: range } : {},
			credentials: 'omit',
			referrerPolicy: 'no-referrer'
		});
		const body = method === 'HEAD' ? null : await response.arrayBuffer();
		const reply: FetchReply = {
			id,
			status: response.status,
			statusText: response.statusText,
			headers: [...response.headers],
			body
		};
		scope.postMessage(reply, body ? [body] : []);
	} catch (e) {
		scope.postMessage({ id, error: e instanceof Error ? e.message : String(e) } as FetchReply);
	}
};
