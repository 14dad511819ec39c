import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SITE_PAGES } from './pages';
import { e2eSuite } from './suite';

/*
 * Every page under its shipped policy: the <meta> is there, the page settles live (engine,
 * charts, the console's run), and no securitypolicyviolation fires. Every other e2e file logs a
 * violation as a console error, so the features they exercise (downloads, uploads, embeds,
 * remote Parquet, charts) are held to the policy as well.
 */

const { base, browser, watch, expectCleanRun } = e2eSuite();
const dir = process.env.BUILD_DIR ?? 'build';

async function violations(page: Page): Promise<string[]> {
	return page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

describe('Content-Security-Policy', () => {
	for (const [path, settled] of SITE_PAGES)
		it(`/${path} runs under its policy with no violation`, async () => {
			const context = await browser().newContext();
			const { page } = await watch(context);
			await page.addInitScript(() => {
				const seen: string[] = [];
				(window as unknown as { __csp: string[] }).__csp = seen;
				document.addEventListener('securitypolicyviolation', (e) => seen.push(e.violatedDirective));
			});
			await page.goto(`${base}${path}`);
			await settled(page);
			const policy = await page.getAttribute('meta[http-equiv=Content-Security-Policy]', 'content');
			expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
			expect(policy).toContain("connect-src 'self'");
			expect(await violations(page)).toEqual([]);
			await context.close();
		});

	it('refuses an injected inline script, and counts it', async () => {
		const context = await browser().newContext();
		const page = await context.newPage();
		const seen: string[] = [];
		page.on('console', (m) => seen.push(m.text()));
		await page.goto(`${base}sources/`);
		await page.waitForSelector('[data-testid=toc]');
		const ran = await page.evaluate(() => {
			const w = window as unknown as { injected?: boolean; __seen?: string[] };
			w.__seen = [];
			document.addEventListener('securitypolicyviolation', (e) =>
				w.__seen?.push(e.violatedDirective)
			);
			const s = document.createElement('script');
			s.textContent = 'window.injected = true';
			document.body.append(s);
			return w.injected === true;
		});
		expect(ran).toBe(false);
		await page.waitForFunction(
			() => ((window as unknown as { __seen?: string[] }).__seen ?? []).length > 0
		);
		expect(await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen)).toContain(
			'script-src-elem'
		);
		await context.close();
	});

	it('ships the same policy in _headers, with frame-ancestors where a page cannot be embedded', () => {
		const headers = readFileSync(`${dir}/_headers`, 'utf8');
		for (const [path, file] of [
			['/sql/', 'sql/index.html'],
			['/', 'index.html']
		] as const) {
			const meta = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(
				readFileSync(`${dir}/${file}`, 'utf8')
			)?.[1];
			const rule = new RegExp(
				`^${path.replaceAll('/', '\\/')}\\n  Content-Security-Policy: (.*)$`,
				'm'
			);
			const header = rule.exec(headers)?.[1];
			expect(meta).toBeTruthy();
			expect(header?.startsWith(meta as string)).toBe(true);
			expect(header?.includes("frame-ancestors 'none'")).toBe(path === '/sql/');
		}
		expect(headers).toMatch(
			/^\/\*\n {2}X-Content-Type-Options: nosniff\n {2}Referrer-Policy: no-referrer/
		);
	});
});

describe('Content-Security-Policy, clean run', () => {
	expectCleanRun(SITE_PAGES.length - 1);
});
