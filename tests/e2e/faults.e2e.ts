import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSql } from './pages';
import { e2eSuite } from './suite';

/* The smaller faults of issue 17, each as a visitor meets it. */

const { base, browser, watch, expectCleanRun } = e2eSuite();

/** The built site under /sub/ on a host that answers every miss with its 404.html. */
let subServer: Server;
let subBase = '';
beforeAll(async () => {
	const root = resolve(process.env.BUILD_DIR ?? 'build');
	const types: Record<string, string> = {
		'.html': 'text/html',
		'.js': 'text/javascript',
		'.css': 'text/css',
		'.json': 'application/json',
		'.svg': 'image/svg+xml',
		'.wasm': 'application/wasm'
	};
	subServer = createServer((req, res) => {
		const path = (req.url ?? '/').split('?')[0] as string;
		let file = path.startsWith('/sub/') ? join(root, path.slice(5)) : '';
		if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (file.startsWith(root) && existsSync(file) && statSync(file).isFile()) {
			res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
			createReadStream(file).pipe(res);
			return;
		}
		res.writeHead(404, { 'content-type': 'text/html' });
		createReadStream(join(root, '404.html')).pipe(res);
	});
	await new Promise<void>((done) => subServer.listen(0, '127.0.0.1', done));
	subBase = `http://127.0.0.1:${(subServer.address() as { port: number }).port}/sub/`;
});
afterAll(() => subServer?.close());

/** A page whose expected 404s (a missing file) are not counted as errors. */
async function unwatched(context: BrowserContext): Promise<{ page: Page; violations: string[] }> {
	const page = await context.newPage();
	const violations: string[] = [];
	await page.exposeFunction('__violation', (v: string) => violations.push(v));
	await page.addInitScript(() =>
		document.addEventListener('securitypolicyviolation', (e) =>
			(window as unknown as { __violation: (v: string) => void }).__violation(e.violatedDirective)
		)
	);
	return { page, violations };
}

describe('smaller faults', () => {
	it('shows the 404 page under a sub-path, with links that stay under it', async () => {
		const context = await browser().newContext();
		const { page, violations } = await unwatched(context);
		await page.goto(`${subBase}no/such/page/`);
		await page.waitForSelector('[data-testid=not-found]', { timeout: 60_000 });
		expect(await page.textContent('h1')).toBe('Page not found');
		expect(await page.getAttribute('a:text("the overview")', 'href')).toMatch(/^(\/sub)?\/$/);
		await page.click('a:text("the overview")');
		await page.waitForURL(`${subBase}`);
		await page.waitForSelector('.chart svg');
		expect(violations).toEqual([]);
		await context.close();
	});

	it('shows the error page for a path that cannot be decoded', async () => {
		const context = await browser().newContext();
		// Unwatched: a 404 page logs the missing document and SvelteKit's "Not found".
		const { page, violations } = await unwatched(context);
		const response = await page.goto(`${base}%E0%A4%A`);
		expect(response?.status()).toBe(404);
		await page.waitForSelector('[data-testid=not-found]', { timeout: 60_000 });
		expect(await page.textContent('[data-testid=not-found]')).toContain('/%E0%A4%A');
		expect(violations).toEqual([]);
		await context.close();
	});

	it('names the data file that failed to load in the SQL console', async () => {
		const context = await browser().newContext();
		await context.route('**/data/targets.parquet', (route) =>
			route.fulfill({ status: 404, body: 'gone' })
		);
		const { page } = await unwatched(context);
		await page.goto(`${base}sql/`);
		await page.waitForSelector('[data-testid=failed-files]', { timeout: 60_000 });
		expect(await page.textContent('[data-testid=failed-files]')).toMatch(
			/targets\.parquet: HTTP 404/
		);
		await context.close();
	});

	it('says why a data file failed in the page’s language', async () => {
		const context = await browser().newContext();
		await context.route('**/data/targets.parquet', (route) =>
			route.fulfill({ status: 200, body: 'not parquet at all' })
		);
		const { page } = await unwatched(context);
		await page.goto(`${base}de/sql/`);
		await page.waitForSelector('[data-testid=failed-files]', { timeout: 60_000 });
		const said = await page.textContent('[data-testid=failed-files]');
		expect(said).toMatch(
			/targets\.parquet konnte nicht geladen werden: die Datei ist kein gültiges Parquet/
		);
		expect(said).not.toMatch(/Could not load|not valid/);
		await context.close();
	});

	it('says when the strategy marks are missing, in an alert and the caption', async () => {
		const context = await browser().newContext();
		await context.route('**/data/strategies.parquet', (route) =>
			route.fulfill({ status: 404, body: 'gone' })
		);
		const { page } = await unwatched(context);
		await page.goto(`${base}?marks=strategies`);
		await page.waitForSelector('[data-testid=marks-error]', { timeout: 60_000 });
		expect(await page.textContent('[data-testid=marks-error]')).toContain('strategies.parquet');
		// The chart is redrawn without its marks once the engine has answered.
		await page.waitForFunction(
			() =>
				document
					.querySelector('[data-testid=home-chart]')
					?.textContent?.includes('No strategies are marked'),
			null,
			{ timeout: 60_000 }
		);
		const caption = await page.textContent('[data-testid=home-chart]');
		expect(caption).toContain('No strategies are marked');
		expect(caption).not.toContain('Marked on the lines');
		await context.close();
	});

	it('reports repeated and unknown keys alike on pages with and without settings', async () => {
		const context = await browser().newContext();
		const { page } = await watch(context);
		for (const path of ['country/EST/', 'sources/', 'country/', 'explore/']) {
			await page.goto(`${base}${path}?zzz=1&zzz=2`);
			await page.waitForSelector('[data-testid=notice]', { timeout: 60_000 });
			expect(await page.textContent('[data-testid=notice]')).toContain(
				'Ignored unknown setting "zzz".'
			);
		}
		await page.goto(`${base}sql/?q=SELECT+1&q=SELECT+2`);
		await page.waitForSelector('[data-testid=notice]', { timeout: 60_000 });
		expect(await page.textContent('[data-testid=notice]')).toContain(
			'"q" was given 2 times; the last one was used.'
		);
		await context.close();
	});

	it('keeps a long query out of the address and offers it as a file', async () => {
		const context = await browser().newContext();
		const { page } = await watch(context);
		await page.goto(`${base}sql/`);
		await page.waitForSelector('[data-testid=sql-page][data-ready=true]', { timeout: 60_000 });
		await page.waitForSelector('[data-testid=sql-editor][data-ready=true]');
		let seed = 7;
		const noise = Array.from({ length: 16_000 }, () => {
			seed = (seed * 1103515245 + 12345) % 2 ** 31;
			return 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor((seed / 2 ** 31) * 36)];
		}).join('');
		await writeSql(page, `SELECT length('${noise}') AS n`);
		await page.click('[data-testid=run]');
		await page.waitForSelector('[data-testid=link-too-long]');
		expect(await page.textContent('[data-testid=sql-result] td')).toBe('16000');
		expect(new URL(page.url()).search).toBe('');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.click('[data-testid=download-query]')
		]);
		expect(download.suggestedFilename()).toBe('query.sql');
		await context.close();
	});
});

describe('smaller faults, clean run', () => {
	expectCleanRun(1);
});
