import ehWasm, { bytes, gzipBytes } from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?gzip';
import ehWorker from './duckdb-worker?worker&url';

/**
 * The self-hosted DuckDB-WASM bundle. Only the exception-handling build ships: every browser with
 * WebAssembly exceptions (Chromium, Firefox, Safari ≥ 15.2) runs it, and adding the mvp build
 * would double the site's size. The module ships gzip-compressed (`moduleBytes` inflated,
 * `moduleGzipBytes` sent) and DuckDB's worker is wrapped to inflate it (./duckdb-worker.ts).
 */
export const bundle = {
	mainModule: ehWasm,
	mainWorker: ehWorker,
	moduleBytes: bytes,
	moduleGzipBytes: gzipBytes
};
