import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/charts/**/*.test.ts'],
		environment: 'node',
		testTimeout: 30_000,
		// The pipeline tests read the publishers' workbooks in beforeAll: 5–10 s alone, more under load.
		hookTimeout: 120_000,
		env: { TZ: 'UTC' }
	}
});
