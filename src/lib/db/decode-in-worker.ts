import type { DecodeReply, DecodeRequest } from './parquet-decode.worker';

let worker: Worker | null = null;
let next = 0;
const waiting = new Map<number, (reply: DecodeReply) => void>();

function decoder(): Worker {
	if (worker) return worker;
	worker = new Worker(new URL('./parquet-decode.worker.ts', import.meta.url), { type: 'module' });
	worker.onmessage = ({ data }: MessageEvent<DecodeReply>) => {
		waiting.get(data.id)?.(data);
		waiting.delete(data.id);
	};
	return worker;
}

/**
 * A Parquet file of this site as an Arrow IPC stream, fetched and decoded by the decode worker;
 * rejects with the worker's reason (HTTP status, or not valid Parquet).
 */
export async function decodeInWorker(url: string): Promise<Uint8Array> {
	const request: DecodeRequest = { id: next++, url: new URL(url, location.href).href };
	const reply = await new Promise<DecodeReply>((done) => {
		waiting.set(request.id, done);
		decoder().postMessage(request);
	});
	if ('error' in reply) throw new Error(reply.error);
	return reply.ipc;
}
