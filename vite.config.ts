import { sveltekit } from '@sveltejs/kit/vite';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { headersFile } from './src/lib/server/headers';

/** Writes `_headers` (the pages' policies as headers) once the adapter has written the site. */
function headers(): Plugin {
	const dir = process.env.BUILD_DIR ?? 'build';
	return {
		name: 'egov-headers',
		apply: 'build',
		closeBundle: {
			sequential: true,
			order: 'post',
			handler() {
				if (!this.environment?.config.build.ssr) return;
				const files = readdirSync(dir, { recursive: true, encoding: 'utf8' });
				const pages = files
					.filter((f) => f.endsWith('.html'))
					.map((file) => ({ file, html: readFileSync(join(dir, file), 'utf8') }));
				writeFileSync(join(dir, '_headers'), headersFile(pages));
			}
		}
	};
}

export default defineConfig({
	plugins: [sveltekit(), headers()],
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	build: { chunkSizeWarningLimit: 1500 }
});
