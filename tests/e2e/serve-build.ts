import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/static-server.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}

/** Serves build/ on an ephemeral port for the whole e2e run. */
export default async function setup(project: TestProject) {
	if (!existsSync('build/index.html'))
		throw new Error('build/ is missing: run `npm run build` first.');
	const { server, url } = await serveStatic('build');
	project.provide('baseUrl', url);
	return () => new Promise<void>((done) => server.close(() => done()));
}
