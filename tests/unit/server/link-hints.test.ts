import { existsSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

vi.mock('$app/environment', () => ({ building: false }));
const { LINK_MODULES, linkChunks, linkHints } = await import('../../../src/lib/server/link-hints');

const MANIFEST = {
	'src/lib/charts/home-chart.ts': {
		file: '_app/immutable/chunks/home.js',
		imports: ['_plot.js', '_labels.js']
	},
	'_plot.js': { file: '_app/immutable/chunks/plot.js', imports: ['_d3.js'] },
	'_labels.js': { file: '_app/immutable/chunks/labels.js', imports: ['_d3.js'] },
	'_d3.js': { file: '_app/immutable/chunks/d3.js' }
};

describe('linkChunks', () => {
	it('gives a module’s file and every chunk it imports, each once', () => {
		expect(linkChunks(MANIFEST, ['src/lib/charts/home-chart.ts'])).toEqual([
			'_app/immutable/chunks/home.js',
			'_app/immutable/chunks/plot.js',
			'_app/immutable/chunks/d3.js',
			'_app/immutable/chunks/labels.js'
		]);
	});

	it('stops the build on a module the manifest does not know', () => {
		expect(() => linkChunks(MANIFEST, ['src/lib/charts/gone.ts'])).toThrow(
			/gone\.ts is not in the client build's manifest/
		);
	});
});

describe('LINK_MODULES', () => {
	it('names source files that exist, for pages with a trailing slash', () => {
		for (const [path, modules] of Object.entries(LINK_MODULES)) {
			expect(path).toMatch(/^\/([a-z-]+\/)?$/);
			for (const module of modules) expect(existsSync(module), module).toBe(true);
		}
	});

	it('hints nothing outside a build (the dev server has no client manifest)', () => {
		expect(linkHints('/')).toEqual([]);
	});
});
