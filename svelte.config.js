import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
// Separate output folders let several builds run side by side (e.g. BUILD_DIR=build-a).
const buildDir = process.env.BUILD_DIR ?? 'build';

const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: buildDir, assets: buildDir, fallback: '404.html', strict: true }),
		outDir: process.env.SVELTEKIT_OUT_DIR ?? '.svelte-kit',
		paths: { relative: true },
		inlineStyleThreshold: Infinity,
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			// The deployed address (e.g. https://egov.example.org) makes og:url and og:image absolute,
			// as link previews need; without it they stay relative and the site works anywhere.
			...(process.env.SITE_ORIGIN ? { origin: process.env.SITE_ORIGIN } : {})
		}
	}
};

export default config;
