import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { e2eSuite } from './suite';

const { base, browser, watch, expectCleanRun } = e2eSuite();

/** Every Parquet request of a page: file name and Range header. */
function parquetRequests(page: Page): { file: string; range: string | undefined }[] {
	const seen: { file: string; range: string | undefined }[] = [];
	page.on('request', (r) => {
		const m = /\/data\/([a-z_]+\.parquet)/.exec(r.url());
		if (m) seen.push({ file: m[1]!, range: r.headers()['range'] });
	});
	return seen;
}

async function open(context: BrowserContext, path = 'services/') {
	const w = await watch(context);
	const requests = parquetRequests(w.page);
	await w.page.goto(base + path);
	return { page: w.page, requests };
}

const loaded = (page: Page) =>
	page.waitForFunction(
		() => performance.getEntriesByName('egov:services-loaded').length > 0,
		null,
		{
			timeout: 45_000
		}
	);
/** The grid drawn from the live engine for the current state. */
const settled = (page: Page) =>
	page.waitForSelector('[data-testid=service-grid][data-live=true][data-pending=false]', {
		timeout: 45_000
	});
const cells = (page: Page, country: string) =>
	page.locator(`[data-testid=service-cell][data-country=${country}]`);

describe('/services', () => {
	it('has the default grid and summary in the HTML before any script runs', async () => {
		const html = await (await fetch(`${base}services/`)).text();
		expect(html).toContain('data-testid="service-grid"');
		expect(html).toMatch(/1\.1 Check requirements for starting a business/);
		expect(html).toContain('Distinct providers');
		// The default is the 2024 report, which did not measure the UK: said, not left out silently.
		expect(html).toMatch(
			/data-testid="services-unmeasured"[^>]*>Not measured in the 2024 report: United Kingdom\./
		);
		const context = await browser().newContext({ javaScriptEnabled: false });
		const { page } = await open(context);
		expect(await cells(page, 'EST').count()).toBeGreaterThan(10);
		await context.close();
	});

	it('loads the service table only on /services, in byte ranges, with progress shown', async () => {
		const context = await browser().newContext();
		const home = await open(context, '');
		await home.page.waitForSelector('.chart[data-live=true] svg', { timeout: 30_000 });
		expect(home.requests.map((r) => r.file)).not.toContain('egov_services.parquet');

		let release!: () => void;
		const gate = new Promise<void>((r) => (release = r));
		await context.route('**/data/egov_services.parquet', async (route) => {
			await gate;
			await route.continue();
		});
		const { page, requests } = await open(context);
		await page.waitForSelector('[data-testid=services-loading] progress', { timeout: 30_000 });
		release();
		await loaded(page);
		const reads = requests.filter((r) => r.file === 'egov_services.parquet');
		expect(reads.length).toBeGreaterThan(2);
		expect(reads.filter((r) => r.range).length).toBeGreaterThan(2);
		expect(reads.every((r) => r.range === undefined || /^bytes=\d+-\d+$/.test(r.range))).toBe(true);
		await expect(page.locator('[data-testid=services-loading]').count()).resolves.toBe(0);
		await page.click('[data-testid=table-toggle]');
		const table = await page.locator('[data-testid=data-table]').textContent();
		expect(table).toContain('Data year');
		expect(table).toMatch(/Estonia\s*2022\s*\d+%/);
		await context.close();
	});

	it('opens a cell with its provider, URL and answers', async () => {
		const context = await browser().newContext();
		const { page } = await open(context);
		await loaded(page);
		await cells(page, 'DEU').first().click();
		const detail = page.locator('[data-testid=service-detail]');
		await detail.locator('h4', { hasText: 'Website 1' }).waitFor({ timeout: 30_000 });
		const text = await detail.textContent();
		expect(text).toContain('Germany: 1.1 Check requirements for starting a business');
		expect(text).toMatch(/online_availability\s*Online availability\s*85/);
		expect(text).toContain('City of Berlin');
		expect(await detail.locator('a[data-testid=service-url]').count()).toBeGreaterThan(0);
		const href = await detail.locator('a[data-testid=service-url]').first().getAttribute('href');
		expect(href).toMatch(/^https?:\/\//);
		await context.close();
	});

	it('filters by level and type, writes the URL, and a reload restores the view', async () => {
		const context = await browser().newContext();
		const { page } = await open(context);
		await loaded(page);
		await settled(page);
		const all = await page.locator('[data-testid=service-cell]').count();
		await page.selectOption('[data-testid=level]', 'local');
		await page.waitForURL(/level=local/);
		await settled(page);
		expect(await page.locator('[data-testid=service-cell]').count()).toBeLessThan(all);
		const local = await page.locator('[data-testid=service-cell]').allTextContents();
		expect(local.length).toBeGreaterThan(0);
		expect(local.every((t) => /L/.test(t))).toBe(true);
		await page.selectOption('[data-testid=life-event]', 'family');
		await page.selectOption('[data-testid=type]', 'transactional');
		await page.selectOption('[data-testid=measure]', 'providers');
		await page.waitForURL(/event=family.*level=local.*type=transactional.*measure=providers/);
		await settled(page);
		const before = await page.locator('[data-testid=service-grid]').textContent();
		await page.reload();
		await loaded(page);
		await settled(page);
		expect(await page.inputValue('[data-testid=life-event]')).toBe('family');
		expect(await page.inputValue('[data-testid=level]')).toBe('local');
		await page.waitForFunction(
			(t) => document.querySelector('[data-testid=service-grid]')?.textContent === t,
			before
		);
		// The trend chart shows the measure: its name is the chart's accessible name, its unit the
		// axis title.
		await page.waitForFunction(() =>
			[...document.querySelectorAll('.chart svg[aria-label]')].some(
				(svg) =>
					svg.getAttribute('aria-label')?.includes('Distinct providers') &&
					svg.textContent?.includes('organisations per life event')
			)
		);
		await context.close();
	});

	it('adds a country on demand, and shows the UK in the 2021 report', async () => {
		const context = await browser().newContext();
		const { page, requests } = await open(context, 'services/?country=GBR~EST&edition=2021');
		await loaded(page);
		await page.waitForFunction(
			() => document.querySelectorAll('[data-testid=service-cell][data-country=GBR]').length > 5
		);
		const before = requests.length;
		await page.selectOption('[data-testid=add-country]', 'FRA');
		await page.waitForURL(/country=GBR~EST~FRA/);
		await page.waitForFunction(
			() => document.querySelectorAll('[data-testid=service-cell][data-country=FRA]').length > 5,
			null,
			{ timeout: 45_000 }
		);
		expect(requests.slice(before).some((r) => r.file === 'egov_services.parquet' && r.range)).toBe(
			true
		);
		const note = page.getByTestId('services-unmeasured');
		expect(await note.count()).toBe(0);
		await page.selectOption('[data-testid=edition]', '2024');
		await page.waitForURL((u) => !u.search.includes('edition=')); // 2024 is the default
		await note.waitFor();
		expect(await note.textContent()).toMatch(/^Not measured in the 2024 report: United Kingdom\. /);
		await context.close();
	});

	it('puts the measures beside the strategy codes on /analysis, loaded only when asked', async () => {
		const context = await browser().newContext();
		const { page, requests } = await open(context, 'analysis/');
		const section = page.locator('[data-testid=service-strategies]');
		await section.waitFor();
		await page.waitForSelector('.chart[data-live=true] svg', { timeout: 30_000 });
		expect(requests.map((r) => r.file)).not.toContain('egov_services.parquet');
		await page.click('[data-testid=load-service-measures]');
		const estonia = section.locator('tr', { hasText: 'Estonia' });
		await estonia.waitFor({ timeout: 45_000 });
		const cells = await estonia.locator('td').allTextContents();
		expect(cells.slice(0, 3).every((c) => /^[CND0-3–]$/.test(c.trim()))).toBe(true);
		expect(cells).toContain('2024');
		expect(cells.some((c) => /^\d+%$/.test(c.trim()))).toBe(true);
		expect(
			await section.locator('tr', { hasText: 'United Kingdom' }).locator('td').allTextContents()
		).toContain('2021');
		expect(requests.some((r) => r.file === 'egov_services.parquet' && r.range)).toBe(true);
		await context.close();
	});

	expectCleanRun(4);
});
