import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const SUFFIX = '?gzip';

/**
 * `import url, { bytes, gzipBytes } from 'some.wasm?gzip'`: in the client build, the file is
 * emitted gzip-compressed (level 9) as `some.wasm.<hash>.gz` and `url` points to it; elsewhere
 * (dev server, SSR) `url` is the plain file's. `bytes` is the plain size, `gzipBytes` the size
 * sent. The browser inflates it (src/lib/db/gunzip.ts), which works from any static host.
 */
export function gzipWasm(): Plugin {
	let building = false;
	return {
		name: 'egov-gzip-wasm',
		enforce: 'pre',
		configResolved(config) {
			building = config.command === 'build';
		},
		async resolveId(id, importer) {
			if (!id.endsWith(SUFFIX)) return null;
			const resolved = await this.resolve(id.slice(0, -SUFFIX.length), importer, {
				skipSelf: true
			});
			return resolved ? resolved.id + SUFFIX : null;
		},
		load(id) {
			if (!id.endsWith(SUFFIX)) return null;
			const file = id.slice(0, -SUFFIX.length);
			const raw = readFileSync(file);
			// The server build never starts the engine: no copy of the file for SvelteKit to ship.
			if (this.environment?.config.build.ssr) return `export default '';\n${sizes(raw.length)}`;
			if (!building) {
				return [
					`export { default } from ${JSON.stringify(`${file}?url`)};`,
					sizes(raw.length)
				].join('\n');
			}
			const gz = gzipSync(raw, { level: 9 });
			const ref = this.emitFile({ type: 'asset', name: `${basename(file)}.gz`, source: gz });
			return [
				`export default import.meta.ROLLUP_FILE_URL_${ref};`,
				sizes(raw.length, gz.length)
			].join('\n');
		}
	};
}

const sizes = (bytes: number, gzipBytes = bytes) =>
	`export const bytes = ${bytes};\nexport const gzipBytes = ${gzipBytes};`;

const DEV_SUFFIX = '?dev-url';

/**
 * `import url from 'some.js?dev-url'`: the file's URL on the dev server, null in a build, which
 * then does not ship the file (a plain `?url` import ships it even where no code uses it).
 */
export function devOnlyUrl(): Plugin {
	let building = false;
	return {
		name: 'egov-dev-url',
		enforce: 'pre',
		configResolved(config) {
			building = config.command === 'build';
		},
		async resolveId(id, importer) {
			if (!id.endsWith(DEV_SUFFIX)) return null;
			const path = id.slice(0, -DEV_SUFFIX.length);
			const resolved = await this.resolve(path, importer, { skipSelf: true });
			return resolved ? resolved.id + DEV_SUFFIX : null;
		},
		load(id) {
			if (!id.endsWith(DEV_SUFFIX)) return null;
			if (building) return 'export default null;';
			return `export { default } from ${JSON.stringify(`${id.slice(0, -DEV_SUFFIX.length)}?url`)};`;
		}
	};
}
