import { sveltekit } from '@sveltejs/kit/vite';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { devOnlyUrl, gzipWasm } from './src/lib/server/gzip-wasm';
import { headersFile } from './src/lib/server/headers';
import { oversized, precompress } from './src/lib/server/precompress';

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

/**
 * Once the site is written: `.br` and `.gz` beside every text file, and a failed build if any
 * file is over the 25 MiB that some hosts (Cloudflare Pages) accept.
 */
function compressed(): Plugin {
	const dir = process.env.BUILD_DIR ?? 'build';
	return {
		name: 'egov-precompress',
		apply: 'build',
		closeBundle: {
			sequential: true,
			order: 'post',
			handler(error) {
				if (error || !this.environment?.config.build.ssr) return;
				const started = performance.now();
				const total = precompress(dir, { brotliQuality: Number(process.env.BROTLI_QUALITY) || 8 });
				const ms = (performance.now() - started).toFixed(0);
				const mb = (b: number) => (b / 1e6).toFixed(1);
				this.info(
					`precompressed ${total.files} files in ${ms} ms: ${mb(total.bytes)} MB, ` +
						`gzip ${mb(total.gzipBytes)} MB, brotli ${mb(total.brotliBytes)} MB`
				);
				const big = oversized(dir);
				if (big.length)
					this.error(`files over 25 MiB: ${big.map((f) => `${f.file} (${f.bytes})`).join(', ')}`);
			}
		}
	};
}

export default defineConfig({
	plugins: [gzipWasm(), devOnlyUrl(), sveltekit(), headers(), compressed()],
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	build: { chunkSizeWarningLimit: 1500 }
});
