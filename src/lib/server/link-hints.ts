import { existsSync, readFileSync } from 'node:fs';
import { building } from '$app/environment';
import { MATRIX_FILE_PATH } from '$lib/results/strategies-file';

/**
 * The modules a view draws a shared link's chart with that are not among the page's own imports:
 * the page imports them once it has the link's rows, so without a hint they are fetched only after
 * the app has hydrated and the rows have come (a round of requests more: 60–110 ms on broadband). A
 * default page never needs them before the engine is ready, so they are hinted for links only.
 * Keys are pages' paths without their language prefix. Every chart waits for `loadPlot` (the
 * whole of Plot, where a chart module takes only the marks it draws).
 */
const PLOT = 'src/lib/charts/plot-entry.ts';
export const LINK_MODULES: Readonly<Record<string, readonly string[]>> = {
	'/': ['src/lib/charts/home-chart.ts', PLOT],
	'/explore/': ['src/lib/charts/explore-view.ts', PLOT],
	'/strategies/': ['src/lib/charts/strategy-matrix.ts', PLOT],
	// These pages' chart modules are their own imports: only Plot waits.
	'/analysis/': [PLOT],
	'/services/': [PLOT]
};

/**
 * Result files (under the site's root) every link to a page reads before its first chart, whatever
 * the link's state: fetched with the app's scripts. Most pages' files depend on the state.
 */
export const LINK_FILES: Readonly<Record<string, readonly string[]>> = {
	'/strategies/': [`results/${MATRIX_FILE_PATH}`]
};

/** What the client build's manifest (`.vite/manifest.json`) says of a chunk. */
export interface ManifestChunk {
	file: string;
	imports?: string[];
}
export type Manifest = Readonly<Record<string, ManifestChunk>>;

/**
 * The files of `modules` and of every chunk they import, in the manifest's terms (`_app/…`). A
 * module the manifest does not know stops the build: a renamed chart module must not quietly
 * take its hint away.
 */
export function linkChunks(manifest: Manifest, modules: readonly string[]): string[] {
	const files: string[] = [];
	const seen = new Set<string>();
	const visit = (key: string) => {
		if (seen.has(key)) return;
		seen.add(key);
		const chunk = manifest[key];
		if (!chunk) throw new Error(`linkHints: ${key} is not in the client build's manifest`);
		files.push(chunk.file);
		chunk.imports?.forEach(visit);
	};
	modules.forEach(visit);
	return files;
}

const MANIFEST = '.svelte-kit/output/client/.vite/manifest.json';
let manifest: Manifest | null = null;

/**
 * The chunks and files to hint for a link to the page at `path` (no language prefix), relative to
 * the site's root; none outside a build.
 */
export function linkHints(path: string): string[] {
	if (!building) return [];
	const modules = LINK_MODULES[path] ?? [];
	const chunks = modules.length ? linkChunks(readManifest(), modules) : [];
	return [...chunks, ...(LINK_FILES[path] ?? [])];
}

function readManifest(): Manifest {
	if (!existsSync(MANIFEST)) throw new Error(`linkHints: ${MANIFEST} is missing`);
	return (manifest ??= JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest);
}
