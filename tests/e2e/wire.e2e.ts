import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holdEngine } from './browser';
import { e2eSuite } from './suite';

/* Issue 19, point 5: the engine on the wire. */

const { base, browser, watch, expectCleanRun } = e2eSuite();
const root = resolve(process.env.BUILD_DIR ?? 'build');
const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) =>
	statSync(join(root, f)).isFile()
);

/**
 * The built site from a host that sends `.gz` files with `Content-Encoding: gzip` (as some
 * configurations of Apache and nginx do): the browser has inflated the module before the engine
 * sees it.
 */
let encodingServer: Server;
let encodingBase = '';
beforeAll(async () => {
	encodingServer = createServer((req, res) => {
		let file = join(root, decodeURIComponent((req.url ?? '/').split('?')[0] as string));
		if (file.startsWith(root) && statSync(file, { throwIfNoEntry: false })?.isDirectory())
			file = join(file, 'index.html');
		if (!file.startsWith(root) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
			res.writeHead(404).end();
			return;
		}
		const type = file.endsWith('.gz')
			? { 'content-type': 'application/wasm', 'content-encoding': 'gzip' }
			: { 'content-type': file.endsWith('.html') ? 'text/html' : 'text/javascript' };
		res.writeHead(200, type);
		createReadStream(file).pipe(res);
	});
	await new Promise<void>((done) => encodingServer.listen(0, '127.0.0.1', done));
	encodingBase = `http://127.0.0.1:${(encodingServer.address() as { port: number }).port}/`;
});
afterAll(() => encodingServer?.close());

/** Opens the SQL page, whose engine starts at once, and waits until the engine is ready. */
async function engineReady(context: BrowserContext, url: string): Promise<Page> {
	const { page } = await watch(context);
	await page.goto(`${url}sql/`);
	await page.waitForSelector('[data-testid=sql-page][data-ready=true]', { timeout: 60_000 });
	return page;
}

describe('the engine on the wire', () => {
	it('ships no file over 25 MiB, and the engine only gzip-compressed', () => {
		const sizes = files.map((f) => statSync(join(root, f)).size);
		expect(Math.max(...sizes)).toBeLessThanOrEqual(25 * 1024 * 1024);
		expect(files.filter((f) => f.endsWith('.wasm'))).toEqual([]);
		const engine = files.filter((f) => /duckdb-eh\.wasm\..*\.gz$/.test(f));
		expect(engine).toHaveLength(1);
		const bytes = readFileSync(join(root, engine[0] as string));
		expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]);
		expect(bytes.length).toBeLessThanOrEqual(8e6);
	});

	it('ships .br and .gz beside the text files', () => {
		const pages = files.filter((f) => f.endsWith('.html') && statSync(join(root, f)).size > 512);
		expect(pages.length).toBeGreaterThan(5);
		for (const page of pages) {
			expect(files).toContain(`${page}.br`);
			expect(files).toContain(`${page}.gz`);
		}
	});

	it('starts the engine from the .gz, with at most 8 MB of engine sent', async () => {
		const context = await browser().newContext();
		const engine: { url: string; bytes: number }[] = [];
		context.on('requestfinished', async (r) => {
			if (!/duckdb-eh\.wasm/.test(r.url())) return;
			engine.push({ url: r.url(), bytes: (await r.sizes()).responseBodySize });
		});
		await engineReady(context, base);
		await context.close();
		expect(engine.map((e) => new URL(e.url).pathname)).toEqual([expect.stringMatching(/\.gz$/)]);
		expect(engine[0]?.bytes).toBeGreaterThan(1e6);
		expect(engine[0]?.bytes).toBeLessThanOrEqual(8e6);
	});

	it('starts the engine where the host sends the .gz with Content-Encoding: gzip', async () => {
		// Its own origin: not a watched page, so its errors are collected here.
		const context = await browser().newContext();
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		const encoded: (string | undefined)[] = [];
		context.on('response', (r) => {
			if (/duckdb-eh\.wasm/.test(r.url())) encoded.push(r.headers()['content-encoding']);
		});
		await page.goto(`${encodingBase}sql/`);
		await page.waitForSelector('[data-testid=sql-page][data-ready=true]', { timeout: 60_000 });
		await context.close();
		expect(encoded).toEqual(['gzip']);
		expect(errors).toEqual([]);
	});

	it('shows the engine download on the chart that waits for it, then takes it away', async () => {
		const context = await browser().newContext();
		const release = await holdEngine(context);
		const { page } = await watch(context);
		await page.goto(`${base}?indicator=eu_egov.overall&country=DNK~EST~DEU~FIN&view=rank`);
		const progress = page.locator(
			'[data-testid=home-chart] [role=status] [data-testid=engine-progress]'
		);
		// Held, the module's first byte never comes: 0 of its size, however long the wait.
		await progress
			.filter({ hasText: /Query engine: 0\.0 of 7\.\d MB/ })
			.waitFor({ timeout: 30_000 });
		release();
		await progress.waitFor({ state: 'detached', timeout: 60_000 });
		await context.close();
	});
});

expectCleanRun(1);
