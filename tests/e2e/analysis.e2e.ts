import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { e2eSuite } from './suite';

const { base, browser, watch, expectCleanRun } = e2eSuite();

async function open(context: BrowserContext, query = ''): Promise<Page> {
	const w = await watch(context);
	await w.page.goto(`${base}analysis/${query}`);
	return w.page;
}

const engineReady = (page: Page) =>
	page.waitForSelector('.chart[data-live=true] svg', { timeout: 30_000 });
const chartText = (page: Page) => page.locator('.chart svg').first().textContent();
const chartHas = (page: Page, text: string) =>
	page.waitForFunction(
		(t) => document.querySelector('.chart[data-live=true] svg')?.textContent?.includes(t),
		text
	);

/** Each table row's country and change, as the table shows them. */
async function tableChanges(page: Page): Promise<[string, string][]> {
	const rows = await page.locator('[data-testid=analysis-table] tbody tr').all();
	const out: [string, string][] = [];
	for (const row of rows)
		out.push([
			(await row.locator('.name').textContent()) ?? '',
			(await row.locator('td.change').textContent()) ?? ''
		]);
	return out;
}

describe('features and progress', () => {
	it('has the default chart, rho and its table in the HTML', async () => {
		const html = await (await fetch(`${base}analysis/`)).text();
		expect(html).toMatch(/<svg[^>]*aria-description="Coordination model of each country/);
		expect(html).toContain("Spearman's ρ = ");
		expect(html).toContain('cannot establish a relation');
		const context = await browser().newContext({ javaScriptEnabled: false });
		const page = await open(context);
		expect(await page.locator('.chart svg').count()).toBe(1);
		expect(await page.locator('[data-testid=analysis-table] tbody tr').count()).toBe(5);
		await context.close();
	});

	it('shows in the table the numbers the chart draws', async () => {
		const context = await browser().newContext();
		const page = await open(context);
		await engineReady(page);
		const text = (await chartText(page)) as string;
		const changes = await tableChanges(page);
		const measured = changes.filter(([, c]) => /^[+−±]\d/.test(c));
		expect(measured.length).toBe(5);
		for (const [name, change] of measured) expect(text).toContain(`${name} ${change}`);
		expect(text).toContain(`n = ${measured.length}`);
		await context.close();
	});

	it('follows each control into the URL, and a reload restores the same chart', async () => {
		const context = await browser().newContext();
		const page = await open(context);
		await engineReady(page);
		await page.selectOption('[data-testid=feature]', 'once_only');
		await page.waitForURL(/feature=once_only/);
		await chartHas(page, 'operationalised');
		await page.selectOption('[data-testid=indicator]', 'eu_egov.overall');
		await page.waitForURL(/indicator=eu_egov.overall/);
		await chartHas(page, 'Change in Overall score');
		await page.check('input[name=strategy][value=first]');
		await page.waitForURL(/strategy=first/);
		await page.check('[data-testid=window-toggle]');
		await page.waitForURL(/window=2017..2023/);
		await page.selectOption('[data-testid=window-from]', '2018');
		await page.waitForURL(/window=2018..2023/);
		await chartHas(page, 'n = ');
		const before = await chartText(page);
		const table = await tableChanges(page);
		await page.reload();
		await engineReady(page);
		await chartHas(page, 'Change in Overall score');
		expect(await chartText(page)).toBe(before);
		expect(await tableChanges(page)).toEqual(table);
		expect(await page.inputValue('[data-testid=feature]')).toBe('once_only');
		expect(await page.isChecked('input[name=strategy][value=first]')).toBe(true);
		expect(await page.inputValue('[data-testid=window-from]')).toBe('2018');
		await page.uncheck('[data-testid=window-toggle]');
		await page.waitForURL((u) => !u.search.includes('window='));
		await context.close();
	});

	it('says why nothing can be drawn instead of an empty scatter, and what to change', async () => {
		const context = await browser().newContext();
		const page = await open(
			context,
			'?feature=vertical_collaboration&indicator=eu_egov.overall&strategy=first'
		);
		const empty = page.getByTestId('analysis-empty');
		await empty.waitFor({ timeout: 30_000 });
		expect(await empty.textContent()).toMatch(
			/^For none of the \d+ countries assessed by the Overall score does the period span two of its editions.*Choose a fixed window/
		);
		expect(await page.locator('figure .chart svg').count()).toBe(0);
		expect(await page.locator('figure').first().textContent()).toContain(
			'No country could be measured: too few for ρ.'
		);
		expect(await page.locator('[data-testid=analysis-table] tbody tr').count()).toBeGreaterThan(0);
		// A fixed window over the benchmark's editions measures them: the chart is back.
		await page.goto(
			`${base}analysis/?feature=vertical_collaboration&indicator=eu_egov.overall&strategy=first&window=2017..2023`
		);
		await engineReady(page);
		expect(await empty.count()).toBe(0);
		await context.close();
	});

	it('says which parts of a broken link it ignored, and still draws', async () => {
		const context = await browser().newContext();
		const page = await open(context, '?feature=%3Cscript%3E&window=soon&strategy=middle');
		const notice = page.locator('[data-testid=notice]');
		await notice.waitFor();
		const text = await notice.textContent();
		expect(text).toContain('Ignored feature "<script>"');
		expect(text).toContain('Ignored window "soon"');
		expect(text).toContain('Ignored strategy "middle"');
		expect(await page.locator('[data-testid=notice] script').count()).toBe(0);
		await engineReady(page);
		expect(await chartText(page)).toContain('decentralised');
		await context.close();
	});

	expectCleanRun(3);
});
