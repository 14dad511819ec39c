/** The first two bytes of every gzip stream (RFC 1952). */
const MAGIC = [0x1f, 0x8b] as const;

/** True when the bytes start a gzip stream. */
export const isGzip = (bytes: Uint8Array): boolean =>
	bytes.length >= 2 && bytes[0] === MAGIC[0] && bytes[1] === MAGIC[1];

/**
 * The stream's bytes, inflated if they are gzip and passed through if not: a host that serves a
 * `.gz` file with `Content-Encoding: gzip` has the browser inflate it already.
 */
export async function gunzipIfGzip(
	stream: ReadableStream<Uint8Array>
): Promise<ReadableStream<Uint8Array>> {
	const reader = stream.getReader();
	const head: Uint8Array[] = [];
	let seen = 0;
	while (seen < MAGIC.length) {
		const { done, value } = await reader.read();
		if (done) break;
		head.push(value);
		seen += value.length;
	}
	const whole = new ReadableStream<Uint8Array>({
		start(controller) {
			for (const chunk of head) controller.enqueue(chunk);
		},
		async pull(controller) {
			const { done, value } = await reader.read();
			if (done) controller.close();
			else controller.enqueue(value);
		},
		cancel: (reason) => reader.cancel(reason)
	});
	const first = head.length === 1 ? (head[0] as Uint8Array) : concat(head);
	return isGzip(first)
		? whole.pipeThrough(new DecompressionStream('gzip') as ReadableWritablePair<Uint8Array>)
		: whole;
}

const concat = (chunks: Uint8Array[]) => {
	const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
	let at = 0;
	for (const c of chunks) out.set(c, (at += c.length) - c.length);
	return out;
};

/**
 * The WebAssembly module in a response for `WebAssembly.instantiateStreaming`: inflated if it was
 * shipped gzip-compressed, typed `application/wasm`. A failed response is returned as it is.
 */
export async function wasmResponse(response: Response): Promise<Response> {
	if (!response.ok || !response.body) return response;
	return new Response(await gunzipIfGzip(response.body), {
		status: response.status,
		statusText: response.statusText,
		headers: { 'content-type': 'application/wasm' }
	});
}
