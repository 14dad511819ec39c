import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { holdEngine, watchedPage } from './browser';
import { hydrated } from './pages';
import { e2eSuite } from './suite';

const { base, origin, browser, watch, expectCleanRun } = e2eSuite();

async function open(context: BrowserContext, path = ''): Promise<Page> {
	const w = await watch(context);
	await w.page.goto(base + path);
	return w.page;
}

const engineReady = (page: Page) =>
	page.waitForSelector('.chart[data-live=true] svg', { timeout: 30_000 });
const chartText = (page: Page) =>
	page.locator('[data-testid=home-chart] .chart svg').first().textContent();

describe('home page', () => {
	it('has the default chart in the HTML before any script runs', async () => {
		const html = await (await fetch(base)).text();
		expect(html).toMatch(/<svg[^>]*aria-description="E-Government Development Index/);
		for (const name of [
			'Belgium',
			'Denmark',
			'Estonia',
			'Germany',
			'United Kingdom',
			'EU27 average'
		]) {
			expect(html).toContain(`>${name}</text>`);
		}
		const context = await browser().newContext({ javaScriptEnabled: false });
		const page = await open(context);
		expect(await page.locator('[data-testid=home-chart] .chart svg').count()).toBe(1);
		await context.close();
	});

	it('asks for the app only once the first frame with the chart is on the screen', async () => {
		const context = await browser().newContext();
		const page = await open(context);
		await page.waitForFunction(() =>
			performance.getEntriesByType('resource').some((r) => r.name.includes('/entry/start.'))
		);
		const [painted, requested] = await page.evaluate(() => [
			performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
			Math.min(
				...performance
					.getEntriesByType('resource')
					.filter((r) => r.name.includes('/_app/immutable/') && r.name.endsWith('.js'))
					.map((r) => r.startTime)
			)
		]);
		expect(painted).toBeGreaterThan(0);
		expect(requested).toBeGreaterThanOrEqual(painted!);
		// And the app still starts: the engine takes over the chart, without telling a screen
		// reader anything new.
		await engineReady(page);
		expect(await page.locator('[data-testid=chart-status]').textContent()).toBe('');
		await context.close();
	});

	it('ships each drawn chart once, and keeps it through hydration and navigation', async () => {
		// The HTML holds the five charts; the inline page data only a stand-in for each.
		const html = await (await fetch(base)).text();
		const start = /<script type="text\/x-paint-first">([\s\S]*?)<\/script>/.exec(html)?.[1];
		expect(start).toContain('kit.start');
		expect(start).not.toContain('\\u003Csvg');
		expect(start?.match(/drawn at build time: in the HTML/g)).toHaveLength(5);
		// Hydrated with the engine held back, the page keeps the HTML's charts.
		const context = await browser().newContext();
		await holdEngine(context);
		const page = await open(context);
		await hydrated(page);
		expect(await page.locator('.prerendered svg[aria-description]').count()).toBe(5);
		await context.close();
		// Reached by a link inside the site, the page draws its charts from its data file.
		const other = await open(await browser().newContext(), 'explore/');
		await hydrated(other);
		await other.evaluate(() => ((window as unknown as { before: boolean }).before = true));
		await other.click('header a.site-name');
		await other.waitForURL(base);
		await other.waitForSelector('[data-testid=overview-panel] svg[aria-description]');
		expect(await other.evaluate(() => (window as unknown as { before?: boolean }).before)).toBe(
			true
		);
		expect(await other.locator('[data-testid=overview-panel] svg[aria-description]').count()).toBe(
			4
		);
		await other.context().close();
	});

	it('has the overview table and the four panels with their readings before any script runs', async () => {
		const context = await browser().newContext({ javaScriptEnabled: false });
		const page = await open(context);
		const table = page.locator('[data-testid=overview-table]');
		// Value and rank of one benchmark for one country (the EU27 line is country "EU27").
		const cells = (id: string, country: string) =>
			table.locator(`tr[data-country=${country}] td[data-indicator="${id}"]`);
		expect(await table.locator('tbody tr').count()).toBe(5);
		// The country column, then one column group per benchmark under its name (scope=colgroup).
		expect(
			await table
				.locator('colgroup')
				.evaluateAll((gs) => gs.map((g) => g.getAttribute('span') ?? '1'))
		).toEqual(['1', '2', '2', '2', '2']);
		expect(await table.locator('thead th.benchmark').allTextContents()).toEqual([
			expect.stringContaining('UN E-Government Survey 2024'),
			expect.stringContaining('eGovernment Benchmark 2023'),
			expect.stringContaining('2022'),
			expect.stringContaining('2023')
		]);
		// The latest edition, not the previous one (Denmark 2022: 0.9717).
		expect(await cells('un_egdi.egdi', 'DNK').allTextContents()).toEqual(['0.985', '1st of 193']);
		const est = cells('un_egdi.egdi', 'EST');
		expect(await est.allTextContents()).toEqual(['0.973', '2nd of 193']);
		expect(await est.first().getAttribute('data-value')).toBe('0.97274');
		expect(await cells('eu_egov.overall', 'EST').allTextContents()).toEqual(['92.0', '2nd of 37']);
		expect(await cells('eu_egov.overall', 'EU27').first().textContent()).toBe('75.8');
		// The UK's latest eGov Benchmark is the 2020 edition: said in the cell and in the notes.
		expect(await cells('eu_egov.overall', 'GBR').first().textContent()).toContain('(2020, break)');
		expect(await table.locator('xpath=../..').locator('.note').textContent()).toContain(
			'United Kingdom: Overall score, latest edition 2020 (after a series break), when the EU27 average was 71.4'
		);
		expect(await cells('oecd_dgi.composite', 'DEU').first().textContent()).toBe('not assessed');
		const panels = page.locator('[data-testid=overview-panel]');
		expect(await panels.count()).toBe(4);
		expect(await panels.locator('.chart svg[aria-description]').count()).toBe(4);
		const readings = await panels.locator('.subtitle').allTextContents();
		expect(readings[0]).toBe(
			'Belgium fell from 23rd to 56th in the UN e-government index between 2003 and 2024, ' +
				'across its 2008, 2012, 2014, 2018 and 2020 changes of method. ' +
				'Denmark ranked highest of the five in 2024 (1st of 193).'
		);
		expect(readings[1]).toContain('Estonia ranked highest of the five in 2023 (2nd of 37).');
		// 2017 to 2023 spans the benchmark's 2020 method break, and the reading says so.
		expect(readings[1]).toContain('between 2017 and 2023, across its 2020 change of method.');
		expect(readings[2]).toContain('United Kingdom was not assessed.');
		expect(readings[3]).toContain('Germany was not assessed.');
		const first = await panels.first().locator('svg').first().innerHTML();
		for (const name of [
			'Belgium',
			'Denmark',
			'Estonia',
			'Germany',
			'United Kingdom',
			'EU27 average'
		])
			expect(first).toContain(`>${name}</text>`);
		expect(first).toContain('strategy launches');
		await context.close();
	});

	it("shows an overview panel's numbers as a table", async () => {
		const context = await browser().newContext();
		const page = await open(context);
		await engineReady(page);
		const panel = page.locator('[data-testid=overview-panel][data-indicator="un_egdi.egdi"]');
		await panel.locator('[data-testid=table-toggle]').click();
		const row = panel.locator('[data-testid=data-table] tr', { hasText: 'Estonia' });
		expect(await row.filter({ hasText: '2024' }).textContent()).toContain('0.973');
		expect(await panel.locator('[data-testid=data-table] tbody tr').count()).toBe(72);
		await context.close();
	});

	it('changes the chart and the URL when a country is picked, and a reload keeps it', async () => {
		const context = await browser().newContext();
		const page = await open(context);
		await engineReady(page);
		expect(await chartText(page)).not.toContain('France');
		await page.selectOption('[data-testid=add-country]', 'FRA');
		await page.waitForFunction(() =>
			document.querySelector('[data-testid=home-chart] .chart svg')?.textContent?.includes('France')
		);
		await page.waitForURL(/country=BEL~DNK~EST~DEU~GBR~FRA/);
		await page.reload();
		await engineReady(page);
		expect(await chartText(page)).toContain('France');
		await expect(page.locator('.picker li').allTextContents()).resolves.toHaveLength(6);
		await context.close();
	});

	it('switches to another benchmark, with its EU27 average and a table of the same numbers', async () => {
		const context = await browser().newContext();
		const page = await open(context);
		await engineReady(page);
		const caption = page.locator('[data-testid=home-chart] figcaption');
		expect(await caption.textContent()).toContain(
			'What the year means: UN E-Government Survey, the survey edition (published that year).'
		);
		await page.selectOption('[data-testid=indicator]', 'eu_egov.overall');
		await page.waitForURL(/indicator=eu_egov.overall/);
		await page.waitForFunction(() =>
			document
				.querySelector('[data-testid=home-chart] .chart svg')
				?.getAttribute('aria-label')
				?.includes('Overall score')
		);
		// A screen reader hears what the chart shows now, in the words of its description.
		const status = page.locator('[data-testid=chart-status]');
		await page.waitForFunction(
			() => document.querySelector('[data-testid=chart-status]')?.textContent !== ''
		);
		expect(await status.textContent()).toBe(
			await page
				.locator('[data-testid=home-chart] .chart svg')
				.first()
				.getAttribute('aria-description')
		);
		expect(await status.textContent()).toContain('Overall score');
		// The note under the chart says what the year means for the benchmark now drawn, only it.
		expect(await caption.textContent()).toContain(
			'What the year means: eGovernment Benchmark, the later of the two data years a biennial average covers'
		);
		expect(await caption.textContent()).not.toContain('UN E-Government Survey, the survey edition');
		await page.click('[data-testid=home-chart] [data-testid=table-toggle]');
		const row = page
			.locator('[data-testid=data-table] tr', { hasText: 'Estonia' })
			.filter({ hasText: '2023' });
		expect(await row.first().textContent()).toContain('92.0');
		expect(
			await page.locator('[data-testid=data-table] tr', { hasText: 'EU27 average' }).count()
		).toBeGreaterThan(0);
		await context.close();
	});

	it('opens a shared link cold with its selection and view', async () => {
		const context = await browser().newContext();
		const page = await open(context, '?country=EST~KOR&view=rank');
		await engineReady(page);
		await page.waitForFunction(() =>
			document.querySelector('[data-testid=home-chart] .chart svg')?.textContent?.includes('Korea')
		);
		const text = await chartText(page);
		expect(text).toContain('Estonia');
		expect(text).not.toContain('Denmark');
		// The frame's title names the indicator; the axis says the unit once.
		expect(text).toContain('Rank (1 = best)');
		expect(
			await page.locator('[data-testid=home-chart] .chart svg').first().getAttribute('aria-label')
		).toContain('Rank on E-Government Development Index');
		expect(await page.isChecked('input[value=rank]')).toBe(true);
		await context.close();
	});

	it('applies a change made while the engine loads once it is ready', async () => {
		const context = await browser().newContext();
		const release = await holdEngine(context);
		const page = await open(context);
		await page.waitForSelector('.loading progress');
		await page.check('input[value=rank]');
		expect(await page.locator('[data-testid=home-chart] .chart').getAttribute('data-live')).toBe(
			'false'
		);
		release();
		// The result file may draw the rank first; the engine's own answer is the one awaited here.
		await page.waitForSelector('[data-testid=home-chart][data-drawn-from=engine]');
		await page.waitForFunction(() =>
			document
				.querySelector('[data-testid=home-chart] .chart svg')
				?.getAttribute('aria-label')
				?.startsWith('Rank on')
		);
		await expect(page.locator('.loading progress').count()).resolves.toBe(0);
		expect(await page.locator('[data-testid=engine-status]').textContent()).toBe('');
		await context.close();
	});

	it('says which data file is broken and keeps the prerendered chart', async () => {
		for (const body of [null, 'this is not parquet']) {
			const context = await browser().newContext();
			await context.route('**/data/observations.parquet', (route) =>
				body === null
					? route.fulfill({ status: 404, body: 'Not found' })
					: route.fulfill({ status: 200, body })
			);
			const w = await watchedPage(context, origin);
			await w.page.goto(base);
			const error = w.page.locator('[data-testid=data-error]');
			await error.waitFor({ timeout: 30_000 });
			expect(await error.textContent()).toContain('observations.parquet');
			expect(await w.page.locator('[data-testid=home-chart] .chart svg').count()).toBe(1);
			expect(await chartText(w.page)).toContain('Denmark');
			await context.close();
		}
	});

	it('says so when no country is chosen, and still draws the EU27 average', async () => {
		const context = await browser().newContext();
		const page = await open(context, '?country=');
		await engineReady(page);
		expect(await page.locator('[data-testid=no-country]').textContent()).toContain(
			'No country chosen'
		);
		expect(await chartText(page)).toContain('EU27 average');
		expect(await chartText(page)).not.toContain('Denmark');
		await context.close();
	});

	it('says which parts of a broken link it ignored, and still draws', async () => {
		const context = await browser().newContext();
		const page = await open(context, '?country=EST~%3Cscript%3E~ZZZ&view=sideways');
		const notice = page.locator('[data-testid=notice]');
		await notice.waitFor();
		const text = await notice.textContent();
		expect(text).toContain('Ignored country "<SCRIPT>"');
		expect(text).toContain('Ignored view "sideways"');
		expect(await page.locator('[data-testid=notice] script').count()).toBe(0);
		// In the first screen: whoever opened the link reads it without scrolling.
		expect((await notice.boundingBox())?.y).toBeLessThan(720 - 100);
		await engineReady(page);
		expect(await chartText(page)).toContain('Estonia');
		await context.close();
	});

	it('lists every source on /sources', async () => {
		const context = await browser().newContext();
		const page = await open(context, 'sources/');
		expect(await page.locator('h2').first().textContent()).toBeTruthy();
		expect(await page.content()).toContain('UN DESA');
		const bibtex = page.locator('[data-testid=source-cite-bibtex] pre').first();
		expect(await bibtex.textContent()).toMatch(/^@misc\{[a-z][a-z0-9]*,/);
		const sources = await page.locator('section:has(> dl)').count();
		expect(sources).toBeGreaterThanOrEqual(6);
		expect(await page.locator('[data-testid=source-cite-apa]').count()).toBe(sources);
		await context.close();
	});

	it('answers an unknown address with the own not-found page of the site', async () => {
		const context = await browser().newContext();
		const page = await context.newPage();
		const response = await page.goto(`${base}country/ZZZ/`);
		expect(response?.status()).toBe(404);
		await page.waitForFunction(
			() => document.querySelector('h1')?.textContent === 'Page not found'
		);
		expect(await page.locator('main').textContent()).toContain('Error 404');
		expect(await page.locator('header a').first().textContent()).toContain('E-government');
		await context.close();
	});

	it('offers a skip link first, and keeps focus in the chips when one is removed', async () => {
		const context = await browser().newContext();
		const page = await open(context);
		await engineReady(page);
		const focused = () =>
			page.evaluate(() => {
				const el = document.activeElement;
				return el?.getAttribute('data-testid') ?? el?.getAttribute('aria-label') ?? el?.tagName;
			});
		await page.keyboard.press('Tab');
		expect(await focused()).toBe('skip-link');
		await page.keyboard.press('Enter');
		expect(await focused()).toBe('MAIN');
		// Removing Denmark takes its button away: focus goes to the next chip's, and it is said.
		await page.getByRole('button', { name: 'Remove Denmark' }).focus();
		await page.keyboard.press('Enter');
		await page.waitForURL(/country=BEL~EST~DEU~GBR/);
		expect(await focused()).toBe('Remove Estonia');
		expect(await page.getByTestId('chips-status').first().textContent()).toBe('Denmark removed.');
		// The last chip's removal falls back to the one before it.
		await page.getByRole('button', { name: 'Remove United Kingdom' }).focus();
		await page.keyboard.press('Enter');
		await page.waitForURL(/country=BEL~EST~DEU(&|#|$)/);
		expect(await focused()).toBe('Remove Germany');
		await context.close();
	});

	it('makes a chart’s strategy marks one Tab stop, with arrows between them', async () => {
		const context = await browser().newContext();
		const page = await open(context);
		await engineReady(page);
		const panel = page.locator('[data-testid=overview-panel]').first();
		const marks = panel.locator('.chart [role=img][tabindex]');
		expect(await marks.count()).toBeGreaterThan(20);
		expect(await panel.locator('.chart [tabindex="0"]').count()).toBe(1);
		const focused = () =>
			page.evaluate(() => {
				const el = document.activeElement;
				return el?.querySelector(':scope > title')?.textContent ?? el?.textContent?.trim();
			});
		const names = await marks.evaluateAll((ms) =>
			ms.map((m) => m.querySelector(':scope > title')?.textContent)
		);
		// Tab from the frame's last button enters the marks at the first, arrows move along them.
		await panel.getByRole('button', { name: 'Cite' }).focus();
		await page.keyboard.press('Tab');
		expect(await focused()).toBe(names[0]);
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		expect(await focused()).toBe(names[2]);
		await page.keyboard.press('End');
		expect(await focused()).toBe(names.at(-1));
		await page.keyboard.press('ArrowLeft');
		expect(await focused()).toBe(names.at(-2));
		// The next Tab leaves the chart for the next frame; Shift+Tab comes back to the mark used.
		await page.keyboard.press('Tab');
		expect(await focused()).toBe('Show table');
		await page.keyboard.press('Shift+Tab');
		expect(await focused()).toBe(names.at(-2));
		await context.close();
	});

	expectCleanRun(3);
});
