import ehWasm, { bytes, gzipBytes } from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?gzip';
import devWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?dev-url';
import wrappedWorker from './duckdb-worker?worker&url';

/**
 * The self-hosted DuckDB-WASM bundle. Only the exception-handling build ships: every browser with
 * WebAssembly exceptions (Chromium, Firefox, Safari ≥ 15.2) runs it, and adding the mvp build
 * would double the site's size. The build ships the module gzip-compressed (`moduleBytes`
 * inflated, `moduleGzipBytes` sent) and wraps DuckDB's worker to inflate it (./duckdb-worker.ts);
 * the dev server sends the plain module, to DuckDB's own worker (it serves workers as modules).
 */
export const bundle = {
	mainModule: ehWasm,
	mainWorker: devWorker ?? wrappedWorker,
	moduleBytes: bytes,
	moduleGzipBytes: gzipBytes
};
