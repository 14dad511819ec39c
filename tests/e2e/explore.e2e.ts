import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { holdEngine } from './browser';
import { e2eSuite } from './suite';

const { base, browser, watch, expectCleanRun } = e2eSuite();

async function open(context: BrowserContext, query = ''): Promise<Page> {
	const w = await watch(context);
	await w.page.goto(`${base}explore/${query}`);
	return w.page;
}

const live = (page: Page) =>
	page.waitForSelector('.chart[data-live=true] svg', { timeout: 30_000 });
const chartsText = (page: Page) =>
	page.evaluate(() =>
		[...document.querySelectorAll('.chart svg')].map((s) => s.textContent).join(' ')
	);
const chartsHave = (page: Page, text: string) =>
	page.waitForFunction(
		(t) =>
			[...document.querySelectorAll('.chart[data-live=true] svg')].some((s) =>
				s.textContent?.includes(t)
			),
		text,
		{ timeout: 15_000 }
	);
const tableRow = (page: Page, country: string, year: string) =>
	page
		.locator('[data-testid=data-table] tr', { hasText: country })
		.filter({ hasText: year })
		.first();

describe('explorer', () => {
	it('has the default chart in the HTML before any script runs', async () => {
		const html = await (await fetch(`${base}explore/`)).text();
		expect(html).toMatch(
			/<svg[^>]*aria-description="E-Government Development Index \(index \(0–1\)\), 2003–2024/
		);
		for (const name of [
			'Belgium',
			'Denmark',
			'Estonia',
			'Germany',
			'United Kingdom',
			'EU27 average'
		])
			expect(html).toContain(`>${name}</text>`);
		const context = await browser().newContext({ javaScriptEnabled: false });
		const page = await open(context);
		expect(await page.locator('.chart svg').count()).toBe(1);
		await context.close();
	});

	it('changes with every control, writes each into the URL, and a reload restores the chart', async () => {
		const context = await browser().newContext();
		const page = await open(context);
		await live(page);
		await page.fill('[data-testid=indicator-filter]', 'overall score');
		expect(await page.locator('[data-testid=indicator-option]').count()).toBeLessThan(6);
		await page.check('[data-testid=indicator-option][value="eu_egov.overall"]');
		await page.waitForURL(/indicator=un_egdi.egdi~eu_egov.overall/);
		await page.waitForFunction(
			() => document.querySelectorAll('.chart[data-live=true] svg').length === 2
		);
		await page.check('[data-testid=group-ten]');
		await page.waitForURL(/group=ten/);
		// Ten lines: the five are named and the rest, France among them, drawn as grey context.
		await page.waitForFunction(
			() =>
				document.querySelector('.chart[data-live=true] svg path[stroke^="var(--chart-context"]'),
			null,
			{ timeout: 15_000 }
		);
		await page.selectOption('[data-testid=add-country]', 'KOR');
		await page.waitForURL(/country=KOR/);
		await chartsHave(page, 'Korea');
		await page.selectOption('[data-testid=year-from]', '2010');
		await page.waitForURL(/time=2010..latest/);
		await page.check('[data-testid=chart-bar]');
		await page.waitForURL(/chart=bar/);
		await page.check('[data-testid=norm-rank]');
		await page.waitForURL(/norm=rank/);
		await chartsHave(page, 'Rank on Overall score among countries assessed (1 = best), 2023');
		await page.uncheck('[data-testid=ref-eu]');
		await page.waitForURL(/ref=(&|$)/);
		await page.waitForFunction(
			() => !document.querySelector('.chart svg')?.textContent?.includes('EU27 average')
		);
		const before = await chartsText(page);
		expect(before).toContain('Korea');
		expect(before).not.toContain('EU27 average');

		await page.reload();
		await chartsHave(page, 'Rank on Overall score among countries assessed (1 = best), 2023');
		await page.waitForFunction(
			() => document.querySelectorAll('.chart[data-live=true] svg').length === 2
		);
		expect(await chartsText(page)).toBe(before);
		expect(await page.isChecked('[data-testid=norm-rank]')).toBe(true);
		expect(await page.isChecked('[data-testid=chart-bar]')).toBe(true);
		expect(await page.isChecked('[data-testid=group-ten]')).toBe(true);
		expect(await page.isChecked('[data-testid=ref-eu]')).toBe(false);
		expect(await page.inputValue('[data-testid=year-from]')).toBe('2010');

		// Removing an indicator and adding it back redraws from the rows already fetched.
		const overall = '[data-testid=indicator-option][value="eu_egov.overall"]';
		await page.uncheck(overall);
		await page.waitForFunction(
			() => document.querySelectorAll('.chart[data-live=true] svg').length === 1
		);
		await page.check(overall);
		await page.waitForFunction(
			() => document.querySelectorAll('.chart[data-live=true] svg').length === 2
		);
		expect(await chartsText(page)).toBe(before);
		await context.close();
	});

	it('moves nothing when the engine starts loading or is ready', async () => {
		/** Where the year selects and the chart are, in page coordinates. */
		const places = (page: Page) =>
			page.evaluate(() =>
				['[data-testid=year-from]', '[data-testid=year-to]', '.chart'].map((s) => {
					const box = document.querySelector(s)!.getBoundingClientRect();
					return [s, Math.round(box.x), Math.round(box.y + scrollY)];
				})
			);
		const still = await browser().newContext({ javaScriptEnabled: false });
		const before = await places(await open(still));
		await still.close();

		const context = await browser().newContext();
		const release = await holdEngine(context);
		const page = await open(context);
		await page.waitForSelector('.loading progress');
		expect(await places(page)).toEqual(before);
		release();
		await live(page);
		await page.waitForSelector('.loading progress', { state: 'detached' });
		expect(await places(page)).toEqual(before);
		await context.close();
	});

	it('adds a country browsed to by keyboard only on Enter, not at every arrow key', async () => {
		const context = await browser().newContext();
		const page = await open(context);
		await live(page);
		const add = page.locator('[data-testid=add-country]');
		// The third country the arrow keys reach (a hidden option sizes the list; arrows skip it).
		const third = await add.evaluate(
			(s: HTMLSelectElement) => [...s.options].filter((o) => !o.hidden)[3]?.value ?? ''
		);
		await add.focus();
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Escape');
		expect(await add.inputValue()).toBe('');
		for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
		expect(await add.inputValue()).toBe(third);
		await page.keyboard.press('Enter');
		await page.waitForURL(new RegExp(`country=${third}(&|$)`));
		expect(new URL(page.url()).searchParams.get('country')).toBe(third);
		expect(await add.inputValue()).toBe('');
		await context.close();
	});

	it('shows the same numbers in the table as on the chart, raw and indexed to the EU27', async () => {
		const context = await browser().newContext();
		const page = await open(context, '?indicator=eu_egov.overall');
		await chartsHave(page, 'Estonia 2023: 92.0');
		await page.click('[data-testid=table-toggle]');
		expect(await tableRow(page, 'Estonia', '2023').textContent()).toContain('92.0');
		await page.click('[data-testid=table-toggle]');
		await page.check('[data-testid=norm-index]');
		await page.waitForURL(/norm=index/);
		const index = ((92.036 / 75.798) * 100).toFixed(1);
		await chartsHave(page, `Estonia 2023: ${index}`);
		await page.click('[data-testid=table-toggle]');
		const row = await tableRow(page, 'Estonia', '2023').textContent();
		expect(row).toContain(index);
		expect(row).toContain('92.0');
		expect(await tableRow(page, 'EU27 average', '2023').textContent()).toContain('100.0');
		await context.close();
	});

	it('offers the gap to target only where a target exists, and draws the target line', async () => {
		const context = await browser().newContext();
		const page = await open(context);
		await live(page);
		expect(await page.isDisabled('[data-testid=norm-gap]')).toBe(true);
		expect(await page.textContent('label:has([data-testid=norm-gap])')).toContain(
			'No policy target'
		);
		await page.goto(`${base}explore/?indicator=desi2022.services_citizens&ref=eu~target&chart=bar`);
		await chartsHave(page, 'Target 2030: 100');
		await page.check('[data-testid=norm-gap]');
		await page.waitForURL(/norm=gap/);
		await chartsHave(page, 'Target reached');
		expect(await page.textContent('figcaption')).toContain('Digital Decade 2030');
		await context.close();
	});

	it('marks series breaks on the chart and in the frame, and shows the table as the chart type', async () => {
		const context = await browser().newContext();
		const page = await open(context, '?indicator=eu_egov.overall&group=none&country=EST');
		await chartsHave(page, 'Estonia 2020: 91.6 (series break)');
		expect(await page.locator('.chart svg circle[r="6.5"]').count()).toBeGreaterThan(0);
		expect(await page.textContent('figcaption')).toContain('○ Series break in Overall score, 2020');
		await page.check('[data-testid=chart-table]');
		await page.waitForURL(/chart=table/);
		expect(await tableRow(page, 'Estonia', '2020').textContent()).toContain('break');
		expect(await page.locator('[data-testid=table-toggle]').count()).toBe(0);
		await context.close();
	});

	it('says under a two-source chart what the year means for each, and rings the UN breaks', async () => {
		const context = await browser().newContext();
		const page = await open(
			context,
			'?indicator=un_egdi.egdi~eu_egov.overall&group=none&country=EST'
		);
		await live(page);
		await chartsHave(page, 'Estonia 2008: 0.760 (series break)');
		await chartsHave(page, 'Estonia 2020: 91.6 (series break)');
		const caption = await page.textContent('figcaption');
		expect(caption).toContain(
			'What the year means: UN E-Government Survey, the survey edition (published that year); ' +
				'eGovernment Benchmark, the later of the two data years a biennial average covers'
		);
		expect(caption).toContain(
			'○ Series break in E-Government Development Index, 2008, 2012, 2014, 2018, 2020'
		);
		expect(await page.locator('.chart svg circle[r="6.5"]').count()).toBeGreaterThan(5);
		await context.close();
	});

	it('draws slopes and a dot plot of ranks', async () => {
		const context = await browser().newContext();
		const page = await open(context, '?indicator=un_egdi.egdi~eu_egov.overall&chart=dots');
		await chartsHave(page, '1st of 193');
		// A panel per indicator, each on its own axis: the UN ranks 193 countries, the EU benchmark
		// about 35; and the UK, which the 2023 benchmark did not rank, keeps its row and says so.
		await chartsHave(page, 'Rank among the 37 countries assessed in 2023');
		expect(await page.locator('.chart[data-live=true] svg').count()).toBe(2);
		expect(await chartsText(page)).toContain('no rank in 2023');
		expect(await page.isDisabled('[data-testid=norm-zscore]')).toBe(true);
		await page.check('[data-testid=chart-slope]');
		await page.waitForURL(/chart=slope/);
		await chartsHave(page, 'Estonia 0.697');
		await context.close();
	});

	it('tells a screen reader once what a change did to several panels', async () => {
		const context = await browser().newContext();
		const page = await open(context, '?indicator=un_egdi.egdi~eu_egov.overall');
		await page.waitForFunction(
			() => document.querySelectorAll('.chart[data-live=true] svg[aria-description]').length === 2
		);
		const status = page.locator('[data-testid=chart-status]');
		expect(await status.textContent()).toBe('');
		await page.check('[data-testid=norm-rank]');
		await page.waitForFunction(
			() => document.querySelector('[data-testid=chart-status]')?.textContent !== ''
		);
		const said = (await status.textContent()) ?? '';
		const descriptions = await page
			.locator('.chart svg[aria-description]')
			.evaluateAll((all) => all.map((s) => s.getAttribute('aria-description') ?? ''));
		expect(descriptions.some((d) => said.startsWith(d))).toBe(true);
		expect(said).toMatch(/\(1 other chart also changed\.\)$/);
		expect(await page.locator('[role=status][data-testid=chart-status]').count()).toBe(1);
		await context.close();
	});

	it('keeps the indicator boxes to one Tab stop, moved through with arrows', async () => {
		const context = await browser().newContext();
		const page = await open(context, '?indicator=eu_egov.overall~un_egdi.egdi');
		await live(page);
		const focused = () =>
			page.evaluate(() => {
				const el = document.activeElement as HTMLInputElement | null;
				return el?.dataset.testid === 'indicator-option' ? el.value : 'elsewhere';
			});
		const boxes = page.locator('[data-testid=indicator-option]');
		expect(await boxes.count()).toBeGreaterThan(50);
		const firstTicked = await boxes.evaluateAll(
			(all) => (all as HTMLInputElement[]).find((b) => b.checked)?.value
		);
		expect(firstTicked).toMatch(/^(eu_egov\.overall|un_egdi\.egdi)$/);
		await page.focus('[data-testid=indicator-filter]');
		await page.keyboard.press('Tab');
		expect(await focused()).toBe(firstTicked); // enters at a ticked box
		await page.keyboard.press('Tab');
		expect(await focused()).toBe('elsewhere'); // one Tab leaves all of them
		await page.keyboard.press('Shift+Tab');
		expect(await focused()).toBe(firstTicked);
		await page.keyboard.press('ArrowDown');
		const next = await focused();
		expect(next).not.toMatch(/^(eu_egov\.overall|un_egdi\.egdi|elsewhere)$/);
		await page.keyboard.press('Space');
		await page.waitForURL(
			(u) => u.searchParams.get('indicator') === `eu_egov.overall~un_egdi.egdi~${next}`
		);
		// A filter leaves fewer boxes; Tab still lands on one of them, and only once.
		await page.fill('[data-testid=indicator-filter]', 'open data');
		await page.keyboard.press('Tab');
		expect(await focused()).toMatch(/open_data|odm/);
		await page.keyboard.press('End');
		expect(await focused()).toBe(await boxes.last().inputValue());
		await page.keyboard.press('Tab');
		expect(await focused()).toBe('elsewhere');
		await context.close();
	});

	it('says so in the table view when the choice has no value', async () => {
		const context = await browser().newContext();
		const page = await open(context, '?group=none&country=DEU&chart=table&time=2030');
		const empty = page.getByTestId('table-empty');
		await empty.waitFor({ timeout: 30_000 });
		expect(await empty.textContent()).toBe('No value for the countries and years chosen.');
		await context.close();
	});

	it('says which parts of a broken link it ignored, and still draws', async () => {
		const context = await browser().newContext();
		const page = await open(context, '?indicator=%3Cscript%3E&time=soon&norm=gap&chart=pie');
		const notice = page.locator('[data-testid=notice]');
		await notice.waitFor();
		const text = await notice.textContent();
		expect(text).toContain('Ignored indicator "<script>"');
		expect(text).toContain('Ignored time "soon"');
		expect(text).toContain('Ignored chart "pie"');
		expect(await page.locator('[data-testid=notice] script').count()).toBe(0);
		await live(page);
		expect(await chartsText(page)).toContain('Estonia');
		await context.close();
	});

	it('shares a link with the whole state and downloads the numbers shown as CSV', async () => {
		const context = await browser().newContext({ acceptDownloads: true });
		const page = await open(
			context,
			'?indicator=eu_egov.overall&norm=index&group=none&country=EST'
		);
		await chartsHave(page, 'Estonia 2023: 121.4');
		await page.click('[data-testid=share-menu]');
		const link = await page.inputValue('[data-testid=embed-code]');
		expect(link).toContain('indicator=eu_egov.overall');
		expect(link).toContain('norm=index');
		expect(link).toContain('chart=line');
		await page.click('[data-testid=download-menu]');
		const [file] = await Promise.all([
			page.waitForEvent('download'),
			page.click('[data-testid=download-csv]')
		]);
		expect(file.suggestedFilename()).toBe('explore-eu-egov-overall-index.csv');
		const csv = readFileSync(await file.path(), 'utf8');
		expect(csv.split('\r\n')[0]).toMatch(/^country,country_name,year,index,raw_value,/);
		// The index is computed here (three decimals); the raw score keeps the Commission's one decimal.
		expect(csv).toMatch(/EST,Estonia,2023,121\.4\d{0,2},92,/);
		expect(csv).toMatch(/,computed,eu_egov\.overall,/);
		await context.close();
	});

	it('puts the chart beside its settings on a wide screen, and fits it alone in an embed', async () => {
		const wide = await browser().newContext({ viewport: { width: 1280, height: 720 } });
		const page = await open(wide);
		const chart = await page.locator('.chart svg').first().boundingBox();
		const settings = await page.locator('aside.controls').boundingBox();
		expect(chart!.x).toBeGreaterThan(settings!.x + settings!.width);
		expect(chart!.y).toBeLessThan(720);
		await wide.close();
		for (const viewport of [
			{ width: 600, height: 400 },
			{ width: 1200, height: 600 }
		]) {
			const context = await browser().newContext({ viewport });
			const embedded = await open(context, '?country=EST~FRA&embed');
			await live(embedded);
			await embedded.waitForSelector('[data-testid=embed-full-link]');
			expect(await embedded.locator('aside.controls').isVisible()).toBe(false);
			const box = await embedded.locator('.chart svg').first().boundingBox();
			const source = await embedded.locator('.frame .source').boundingBox();
			expect(box!.width).toBeLessThanOrEqual(viewport.width);
			expect(box!.height).toBeGreaterThan(viewport.height / 3);
			// The chart ends above the source line instead of running under it.
			expect(box!.y + box!.height).toBeLessThanOrEqual(source!.y + 1);
			await context.close();
		}
	});

	it('is linked from the header', async () => {
		const context = await browser().newContext();
		const w = await watch(context);
		await w.page.goto(base);
		await w.page.click('header a[href$="explore/"]');
		await w.page.waitForURL(/\/explore\/$/);
		expect(await w.page.textContent('h1')).toBe('Explore the benchmarks');
		await context.close();
	});

	it('changes a view without loading its page data again, here and on /strategies', async () => {
		const context = await browser().newContext();
		const page = await open(context);
		await live(page);
		const reloads: string[] = [];
		page.on('request', (r) => {
			if (r.url().includes('__data.json')) reloads.push(r.url());
		});
		await page.check('[data-testid=norm-rank]');
		await page.waitForURL(/norm=rank/);
		await page.check('[data-testid=chart-bar]');
		await page.waitForURL(/chart=bar/);
		await page.goto(`${base}strategies/?cell=EST.once_only`);
		await page.waitForSelector('[data-key][aria-pressed=true]', { state: 'attached' });
		await page.waitForFunction(() => performance.getEntriesByName('egov:hydrated').length > 0);
		await page.click('[data-key="EST.digital_by_default"]');
		await page.waitForURL(/cell=EST\.digital_by_default/);
		await page.waitForSelector('[data-key="EST.digital_by_default"][aria-pressed=true]', {
			state: 'attached'
		});
		// A load that read the URL would have fetched its __data.json again for each change.
		expect(reloads).toEqual([]);
		await context.close();
	});

	expectCleanRun(6);
});
