import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.e2e.ts'],
		environment: 'node',
		globalSetup: ['tests/e2e/serve-build.ts'],
		testTimeout: 60_000,
		hookTimeout: 60_000,
		fileParallelism: false
	}
});
