import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { engineLog, holdWasm, recordEngine } from './browser';
import { e2eSuite } from './suite';

const { base, browser, watch, expectCleanRun } = e2eSuite();
const page = base + 'strategies/';

async function open(context: BrowserContext, url: string): Promise<Page> {
	const w = await watch(context);
	await w.page.goto(url);
	return w.page;
}

/** The page is interactive once the charts' marks carry their pressed state (set after mount). */
const hydrated = (p: Page) => p.waitForSelector('[data-key][aria-pressed]', { state: 'attached' });
const evidence = (p: Page) => p.locator('[data-testid=evidence]');
/** The matrix's row labels: each country and the strategy its row shows. */
const matrixText = (p: Page) =>
	p.locator('.chart svg').first().locator('g[aria-label="y-axis tick label"]').textContent();

describe('strategies page', () => {
	it('has the matrix, the timeline and the codebook in the HTML before any script runs', async () => {
		const html = await (await fetch(page)).text();
		expect(html).toMatch(
			/<svg[^>]*aria-description="Coded features; each row shows the most recent/
		);
		expect(html).toContain('data-key="DEU.once_only"');
		expect(html).toMatch(/<svg[^>]*aria-label="Timeline of strategies/);
		expect(html).toContain('data-key="deu-2017-online-access-act"');
		expect(html).toContain('Online Access Act');
		const context = await browser().newContext({ javaScriptEnabled: false });
		const p = await open(context, page);
		expect(await p.locator('.chart svg[aria-label]').count()).toBe(2);
		expect(await p.locator('[data-testid=data-table]').count()).toBe(2);
		expect(await p.locator('[data-testid=codebook] dt').count()).toBeGreaterThanOrEqual(13);
		await context.close();
	});

	it('opens a cell’s quotation with its locator and document, in the URL, and from a shared link', async () => {
		const context = await browser().newContext();
		const p = await open(context, page);
		await hydrated(p);
		// A German cell with a non-zero code: its tooltip reads "Germany, <feature>: <code> <label>".
		const key = await p.evaluate(() => {
			const cells = [...document.querySelectorAll('[data-key^="DEU."]')];
			const quoted = cells.find((c) => !/: 0 /.test(c.querySelector('title')?.textContent ?? ''));
			return quoted?.getAttribute('data-key') ?? null;
		});
		expect(key).toMatch(/^DEU\./);
		await p.click(`[data-key="${key}"]`);
		await p.waitForURL(new RegExp(`cell=${(key as string).replace('.', '\\.')}`));
		await expect(evidence(p).locator('h3').textContent()).resolves.toMatch(/: Germany$/);
		const text = await evidence(p).locator('[data-testid=evidence-text]').textContent();
		const where = await evidence(p).locator('[data-testid=evidence-locator]').textContent();
		const href = await evidence(p).locator('[data-testid=evidence-source]').getAttribute('href');
		expect(text?.trim().length).toBeGreaterThan(10);
		expect(where?.trim().length).toBeGreaterThan(1);
		expect(href).toMatch(/^https?:\/\//);
		expect(await evidence(p).locator('[data-testid=official-document] cite').count()).toBe(1);
		expect(await p.getAttribute(`[data-key="${key}"]`, 'aria-pressed')).toBe('true');
		const shared = p.url();
		await context.close();

		const fresh = await browser().newContext();
		const q = await open(fresh, shared);
		await evidence(q).waitFor();
		expect(await evidence(q).locator('[data-testid=evidence-text]').textContent()).toBe(text);
		expect(await evidence(q).locator('[data-testid=evidence-source]').getAttribute('href')).toBe(
			href
		);
		await fresh.close();
	});

	it('says that a silent feature is 0, and shows the agreement table', async () => {
		const context = await browser().newContext();
		const p = await open(context, page);
		await hydrated(p);
		const key = await p.evaluate(() => {
			const cells = [...document.querySelectorAll('.chart svg [data-key]')];
			const silent = cells.find((c) => /: 0 /.test(c.querySelector('title')?.textContent ?? ''));
			return silent?.getAttribute('data-key') ?? null;
		});
		expect(key).not.toBeNull();
		await p.click(`[data-key="${key}"]`);
		await evidence(p).locator('[data-testid=evidence-silent]').waitFor();
		expect(await evidence(p).locator('[data-testid=evidence-text]').count()).toBe(0);
		const agreement = p.locator('[data-testid=agreement]');
		expect(await agreement.locator('tbody tr').count()).toBe(14);
		expect(await agreement.locator('tbody tr').last().textContent()).toMatch(/All features/);
		await context.close();
	});

	it('moves between cells with the arrow keys and selects with Enter', async () => {
		const context = await browser().newContext();
		const p = await open(context, page + '?cell=EST.once_only');
		await evidence(p).waitFor();
		await p.focus('[data-key="EST.once_only"]');
		await p.keyboard.press('ArrowRight');
		await p.keyboard.press('Enter');
		await p.waitForURL(/cell=EST\.digital_by_default/);
		expect(await evidence(p).locator('h3').textContent()).toBe('Digital by default: Estonia');
		expect(await p.evaluate(() => document.activeElement?.getAttribute('data-key'))).toBe(
			'EST.digital_by_default'
		);
		// Wide enough here: no hint that the matrix scrolls (the phone test has it).
		expect(await p.locator('[data-testid=scroll-hint]').count()).toBe(0);
		// Closing the evidence with its button puts focus back on the cell, not the page's start.
		await p.click('[data-testid=evidence-close]');
		await evidence(p).waitFor({ state: 'detached' });
		expect(await p.evaluate(() => document.activeElement?.getAttribute('data-key'))).toBe(
			'EST.digital_by_default'
		);
		await context.close();
	});

	it('shows a timeline strategy’s details, then its codes in the matrix from the live engine', async () => {
		const context = await browser().newContext();
		const p = await open(context, page);
		await hydrated(p);
		await p.click('[data-key="deu-2017-online-access-act"]');
		await p.waitForURL(/strategy=deu-2017-online-access-act/);
		const details = p.locator('[data-testid=strategy-details]');
		const text = await details.textContent();
		for (const part of ['Online Access Act', 'Lead body', 'Legal basis', '2017'])
			expect(text).toContain(part);
		expect(await details.locator('a[href^="http"]').count()).toBeGreaterThan(0);
		expect(await matrixText(p)).not.toContain('Online Access Act');
		await details.getByRole('button', { name: 'Show its codes in the matrix' }).click();
		await p.waitForURL(/pick=deu-2017-online-access-act/);
		await p.waitForSelector('.chart[data-live=true] svg', { timeout: 30_000 });
		await p.waitForFunction(() => !document.querySelector('[aria-busy=true]'));
		expect(await matrixText(p)).toContain('Online Access Act');
		await context.close();
	});

	it('marks a row whose text is unavailable on the timeline, with its note', async () => {
		const context = await browser().newContext();
		const p = await open(context, page);
		await hydrated(p);
		const key = await p.evaluate(() => {
			const marks = [...document.querySelectorAll('[data-key]')];
			const missing = marks.find((m) =>
				/text unavailable/.test(m.querySelector('title')?.textContent ?? '')
			);
			return missing?.getAttribute('data-key') ?? null;
		});
		expect(key).not.toBeNull();
		await p.click(`[data-key="${key}"]`);
		const details = p.locator('[data-testid=strategy-details]');
		await details.waitFor();
		expect(await details.locator('[data-testid=strategy-status]').textContent()).toMatch(
			/text unavailable/
		);
		expect(
			(await details.locator('[data-testid=strategy-note]').textContent())?.length
		).toBeGreaterThan(30);
		expect(
			await details.getByRole('button', { name: 'Show its codes in the matrix' }).count()
		).toBe(0);
		await context.close();
	});

	it('switches every row to the first coded strategy and keeps it on reload', async () => {
		const context = await browser().newContext();
		const p = await open(context, page);
		await hydrated(p);
		const latest = await matrixText(p);
		await p.selectOption('[data-testid=strategy-choice]', 'first');
		await p.waitForURL(/pick=first/);
		await p.waitForSelector('.chart[data-live=true] svg', { timeout: 30_000 });
		await p.waitForFunction(() => !document.querySelector('[aria-busy=true]'));
		const first = await matrixText(p);
		expect(first).not.toBe(latest);
		// Back and forth: each choice's rows come back right (the second "first" from the page's cache).
		const drawn = (text: string | null) =>
			p.waitForFunction(
				(t) =>
					document.querySelector('.chart svg')?.querySelector('g[aria-label="y-axis tick label"]')
						?.textContent === t,
				text
			);
		await p.selectOption('[data-testid=strategy-choice]', 'latest');
		await drawn(latest);
		await p.selectOption('[data-testid=strategy-choice]', 'first');
		await drawn(first);
		// The matrix draws from the result file before the engine is ready; reloading while the
		// engine's worker was still starting crashed headless Chromium's renderer here ("Target
		// crashed"), so the reload waits for it, as it did when the matrix waited for the engine.
		await p.waitForFunction(
			() => performance.getEntriesByName('egov:engine-ready').length > 0,
			null,
			{ timeout: 60_000 }
		);
		await p.reload();
		await p.waitForSelector('.chart[data-live=true] svg', { timeout: 30_000 });
		await p.waitForFunction(() => !document.querySelector('[aria-busy=true]'));
		expect(await matrixText(p)).toBe(first);
		expect(await p.inputValue('[data-testid=strategy-choice]')).toBe('first');
		await context.close();
	});

	it('runs only the query still wanted when the engine is ready, not one per change before', async () => {
		const context = await browser().newContext();
		await recordEngine(context);
		const release = await holdWasm(context);
		const p = await open(context, page);
		await hydrated(p);
		const matrix = p.locator('#matrix');
		// While the engine cannot start, each change is drawn from the result file.
		for (let i = 0; i < 4; i++) {
			await p.selectOption('[data-testid=strategy-choice]', 'first');
			await p.locator('#matrix[data-drawn-from=early]').waitFor();
			await p.selectOption('[data-testid=strategy-choice]', 'latest');
			await p.waitForURL((url) => !url.search.includes('pick='));
			expect(await matrix.getAttribute('data-drawn-from')).toBeNull();
		}
		await p.selectOption('[data-testid=strategy-choice]', 'first');
		await p.locator('#matrix[data-drawn-from=early]').waitFor();
		release();
		await p.locator('#matrix[data-drawn-from=engine]').waitFor({ timeout: 60_000 });
		// The four answers no one will see were dropped: the engine ran the matrix once.
		const runs = (await engineLog(p)).runs.filter((sql) =>
			sql.startsWith('SELECT ? AS choice_key')
		);
		expect(runs).toHaveLength(1);
		await context.close();
	});

	it('marks strategy launches on the home chart when toggled, and after a reload', async () => {
		const context = await browser().newContext();
		const p = await open(context, base);
		await p.waitForSelector('.chart[data-live=true] svg', { timeout: 30_000 });
		const marks = p.locator(
			'[data-testid=home-chart] .chart g[aria-description="strategy launches"] > *'
		);
		expect(await marks.count()).toBe(0);
		await p.check('[data-testid=mark-strategies]');
		await p.waitForURL(/marks=strategies/);
		await marks.first().waitFor({ state: 'attached' });
		const titles = await marks.locator('title').allTextContents();
		expect(titles.some((t) => /^Germany 2017: .*Online Access Act/.test(t))).toBe(true);
		await p.reload();
		await marks.first().waitFor({ state: 'attached', timeout: 30_000 });
		expect(await p.isChecked('[data-testid=mark-strategies]')).toBe(true);
		expect(await marks.count()).toBe(titles.length);
		await context.close();
	});

	expectCleanRun(5);
});
