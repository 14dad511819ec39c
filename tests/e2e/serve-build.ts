import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/static-server.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}

/** Serves build/ (or $BUILD_DIR) on an ephemeral port for the whole e2e run. */
export default async function setup(project: TestProject) {
	const dir = process.env.BUILD_DIR ?? 'build';
	if (!existsSync(`${dir}/index.html`))
		throw new Error(`${dir}/ is missing: run \`npm run build\` first.`);
	const { server, url } = await serveStatic(dir);
	project.provide('baseUrl', url);
	return () => new Promise<void>((done) => server.close(() => done()));
}
