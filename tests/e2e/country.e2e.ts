import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { e2eSuite } from './suite';

const { base, browser, watch, expectCleanRun } = e2eSuite();

async function open(context: BrowserContext, path: string): Promise<Page> {
	const w = await watch(context);
	await w.page.goto(base + path);
	return w.page;
}

/** The picker marks itself once the page is hydrated and its handler attached. */
const hydrated = (page: Page) =>
	page.waitForSelector('[data-testid=country-jump][data-ready=true]');

describe('country profile', () => {
	it('is prerendered with its charts, readings, tables and coding', async () => {
		const html = await (await fetch(`${base}country/EST/`)).text();
		expect(html).toMatch(/<h1[^>]*>Estonia<\/h1>/);
		expect(html).toContain(
			'Estonia rose from 16th to 2nd in the UN e-government index between 2003 and 2024, ' +
				'across its 2008, 2012, 2014, 2018 and 2020 changes of method.'
		);
		expect(html).toMatch(/<svg[^>]*aria-description="Estonia, E-Government Development Index/);
		expect(html).toContain('Central and Eastern European');
		// The headline panels mix sources: the note says what the year means for each.
		expect(html).toContain(
			'What the year means: UN E-Government Survey, the survey edition (published that year); eGovernment Benchmark,'
		);
		// The coded rows of the country file, each with its coding on the page.
		const file = parse(readFileSync('data/strategies/est.yaml', 'utf8')) as {
			strategies: { title_en: string; coding_status: string }[];
		};
		const coded = file.strategies.filter((s) => s.coding_status === 'coded');
		expect(coded.length).toBeGreaterThan(0);
		// The coding tables carry every quotation, original and English (v2 data): 407 kB for Estonia.
		expect(html.length).toBeLessThan(500_000);
		const context = await browser().newContext({ javaScriptEnabled: false });
		const page = await open(context, 'country/EST/');
		expect(await page.locator('[data-testid=headline-panel] svg').count()).toBeGreaterThanOrEqual(
			3
		);
		expect(await page.locator('[data-testid=family-table]').count()).toBeGreaterThanOrEqual(5);
		expect(await page.locator('[data-testid=coding]').count()).toBe(coded.length);
		const text = await page.locator('main').textContent();
		for (const s of coded) expect(text).toContain(s.title_en.replace(/\s+/g, ' ').trim());
		await context.close();
	});

	it('shows the latest value, rank and EU27 average of every indicator', async () => {
		const context = await browser().newContext();
		const page = await open(context, 'country/DNK/');
		const egdi = page.locator('tr[data-indicator="un_egdi.egdi"]');
		const cells = await egdi.locator('td').allTextContents();
		expect(cells.slice(0, 3)).toEqual(['0.985', '2024', '1 of 193']);
		expect(Number(cells[3])).toBeGreaterThan(0.8);
		expect(await egdi.locator('.trend-text').textContent()).toContain('→ 0.985 in 2024');
		const overall = await page.locator('tr[data-indicator="eu_egov.overall"] td').allTextContents();
		// The year is the later of the two data years the benchmark averages: said beside it.
		expect(overall[1]).toBe('2023\u00a0(data 2022–2023)');
		await context.close();
	});

	it('shows in its table the numbers its charts draw', async () => {
		const context = await browser().newContext();
		const page = await open(context, 'country/EST/');
		const description = await page
			.locator('[data-testid=headline-panel][data-indicator="un_egdi.egdi"] svg')
			.first()
			.getAttribute('aria-description');
		expect(description).toContain('0.973 in 2024');
		await hydrated(page);
		await page.locator('[data-testid=table-toggle]').first().click();
		const row = page
			.locator('[data-testid=data-table] tr', { hasText: 'E-Government Development Index' })
			.filter({ hasText: '2024' });
		await row.first().waitFor();
		const cells = await row.first().locator('td').allTextContents();
		expect(cells).toEqual(expect.arrayContaining(['0.973', '2', '193']));
		expect(description).toContain('rank 2 of 193');
		await context.close();
	});

	it('jumps to another profile with the picker, and a reload keeps it', async () => {
		const context = await browser().newContext();
		const page = await open(context, 'country/EST/');
		// The prerendered picker holds the country shown and nothing else; the list comes with the
		// app, and the country shown stays chosen when it does.
		const html = await (await fetch(`${base}country/EST/`)).text();
		const picker = html.match(/data-testid="country-jump"[^>]*>([\s\S]*?)<\/select>/)?.[1] ?? '';
		expect(picker.match(/<option(?! hidden)/g)).toHaveLength(1);
		expect(picker).toMatch(/<option value="EST"[^>]*>Estonia<\/option>/);
		const width = (p: Page) =>
			p.locator('[data-testid=country-jump]').evaluate((s) => s.getBoundingClientRect().width);
		const still = await browser().newContext({ javaScriptEnabled: false });
		const before = await width(await open(still, 'country/EST/'));
		await still.close();
		await hydrated(page);
		const jump = page.locator('[data-testid=country-jump]');
		await page.waitForFunction(
			() => document.querySelectorAll('[data-testid=country-jump] option').length > 150
		);
		expect(await jump.inputValue()).toBe('EST');
		// A hidden copy of the longest name held the width: nothing beside the list moved.
		expect(Math.abs((await width(page)) - before)).toBeLessThan(2);
		await page.selectOption('[data-testid=country-jump]', 'DEU');
		await page.waitForURL(/\/country\/DEU\/?$/);
		await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Germany');
		expect(await page.locator('[data-testid=facts]').textContent()).toContain('federal');
		await page.reload();
		expect(await page.locator('h1').textContent()).toBe('Germany');
		expect(await page.inputValue('[data-testid=country-jump]')).toBe('DEU');
		await context.close();
	});

	it('goes to a profile browsed to by keyboard only on Enter', async () => {
		const context = await browser().newContext();
		const page = await open(context, 'country/EST/');
		await hydrated(page);
		const jump = page.locator('[data-testid=country-jump]');
		const [next, after] = await jump.evaluate((s: HTMLSelectElement) => [
			s.options[s.selectedIndex + 1]?.value,
			s.options[s.selectedIndex + 2]?.value
		]);
		await jump.focus();
		await page.keyboard.press('ArrowDown');
		expect(await jump.inputValue()).toBe(next);
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		// One page change, to the option reached: not one per arrow key.
		await page.waitForURL(new RegExp(`/country/${after}/?$`));
		await context.close();
	});

	it('answers a profile typed in lower case with a page that links the right one', async () => {
		const context = await browser().newContext();
		// Not a watched page: the browser logs the 404 answer itself as a console error.
		const page = await context.newPage();
		await page.goto(`${base}country/est/`);
		await page.waitForSelector('[data-testid=not-found]');
		expect(await page.locator('h1').textContent()).toBe('Page not found');
		await page.click('[data-testid=mended]');
		await page.waitForURL(/\/country\/EST\/?$/);
		await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Estonia');
		// An upper-case code the data lacks is not 'mended' to itself: it is named as unknown.
		await page.goto(`${base}country/XXX/`);
		await page.waitForSelector('[data-testid=not-found]');
		expect(await page.locator('[data-testid=mended]').count()).toBe(0);
		expect(await page.getByTestId('not-found').textContent()).toContain(
			'No country with the code XXX is in the data'
		);
		await context.close();
	});

	it('profiles a country outside the programme without strategies', async () => {
		const context = await browser().newContext();
		const page = await open(context, 'country/');
		await page.click('[data-testid=country-index] a:text-is("Kenya")');
		await page.waitForURL(/\/country\/KEN\/?$/);
		await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Kenya');
		expect(await page.locator('[data-testid=family-table]').count()).toBe(1);
		expect(await page.locator('[data-testid=coding]').count()).toBe(0);
		expect(await page.content()).not.toContain('How the strategies are coded');
		await context.close();
	});

	it('answers an unknown code with a not-found page, not a crash', async () => {
		expect((await fetch(`${base}country/ZZZ/`)).status).toBe(404);
		const context = await browser().newContext();
		const page = await context.newPage();
		const crashes: string[] = [];
		page.on('pageerror', (e) => crashes.push(e.message));
		await page.goto(`${base}country/EST/`);
		await hydrated(page);
		await page.evaluate(() => {
			const a = document.createElement('a');
			a.href = '../ZZZ/';
			a.textContent = 'nowhere';
			document.querySelector('main')?.append(a);
			a.click();
		});
		await page.waitForURL(/\/country\/ZZZ\/?$/);
		await page.waitForSelector('[data-testid=not-found]');
		expect(await page.locator('h1').textContent()).toBe('Page not found');
		expect(await page.locator('main').textContent()).toContain('Error 404');
		expect(crashes).toEqual([]);
		await context.close();
	});

	expectCleanRun(3);
});
