/**
 * A worker started on first use that answers each posted request with a reply carrying the same
 * `id`. `start` must construct the worker itself (`new Worker(new URL('./x.worker.ts',
 * import.meta.url), …)` in the caller's module), so that Vite finds and bundles the worker file.
 */
export function workerClient<Request extends object, Reply extends { id: number }>(
	start: () => Worker
): (request: Request, transfer?: Transferable[]) => Promise<Reply> {
	let worker: Worker | null = null;
	let next = 0;
	const waiting = new Map<number, (reply: Reply) => void>();
	const started = (): Worker => {
		if (worker) return worker;
		worker = start();
		worker.onmessage = ({ data }: MessageEvent<Reply>) => {
			waiting.get(data.id)?.(data);
			waiting.delete(data.id);
		};
		return worker;
	};
	return (request, transfer = []) => {
		const id = next++;
		return new Promise<Reply>((done) => {
			waiting.set(id, done);
			started().postMessage({ ...request, id }, transfer);
		});
	};
}
