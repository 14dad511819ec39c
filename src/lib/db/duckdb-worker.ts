import duckdbWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { wasmResponse } from './gunzip';

/*
 * DuckDB's own worker, with one change: the WebAssembly module ships gzip-compressed (so that no
 * host sends 34 MB and no file exceeds a host's size limit) and is inflated here as it streams in,
 * so that download, inflation and compilation overlap. DuckDB's worker fetches nothing else.
 */
const scope = globalThis as unknown as { fetch: typeof fetch; importScripts(url: string): void };
const plain = scope.fetch.bind(globalThis);
scope.fetch = async (input, init) => {
	const response = await plain(input, init);
	const path = response.url ? new URL(response.url).pathname : '';
	return path.endsWith('.gz') ? wasmResponse(response) : response;
};
scope.importScripts(duckdbWorker);
