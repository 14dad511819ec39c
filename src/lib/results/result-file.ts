import { assets } from '$app/paths';

const files = new Map<string, Promise<unknown>>();

/**
 * A result file written at build time (`/results/<path>`), fetched once per page load. Rejects
 * when it is missing; the page then waits for the engine as it would without one.
 */
export function resultFile<T>(path: string): Promise<T> {
	let file = files.get(path);
	if (!file) {
		file = fetch(`${assets}/results/${path}`).then((r) =>
			r.ok ? r.json() : Promise.reject(new Error(`${path}: HTTP ${r.status}`))
		);
		file.catch(() => files.delete(path));
		files.set(path, file);
	}
	return file as Promise<T>;
}
