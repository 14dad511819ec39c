import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';

/**
 * The self-hosted DuckDB-WASM bundle. Only the exception-handling build ships: every browser with
 * WebAssembly exceptions (Chromium, Firefox, Safari ≥ 15.2) runs it, and adding the mvp build
 * would double the site's size.
 */
export const bundle = { mainModule: ehWasm, mainWorker: ehWorker };
