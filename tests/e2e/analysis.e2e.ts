import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { holdEngine } from './browser';
import { e2eSuite } from './suite';

const { base, browser, watch, expectCleanRun } = e2eSuite();

async function open(context: BrowserContext, query = ''): Promise<Page> {
	const w = await watch(context);
	await w.page.goto(`${base}analysis/${query}`);
	return w.page;
}

const engineReady = (page: Page) =>
	page.waitForSelector('.chart[data-live=true] svg', { timeout: 30_000 });
/** Nothing on the page is being replaced: the chart and the table since each strategy are done. */
const settled = (page: Page) =>
	page.waitForFunction(() => !document.querySelector('[aria-busy=true]'), null, {
		timeout: 30_000
	});
const chartText = (page: Page) => page.locator('.chart svg[aria-label]').first().textContent();
const title = (page: Page) => page.locator('figure h2').first().textContent();

/** Shows the frame's table (the evidence behind the paths) in place of the chart. */
async function showTable(page: Page) {
	if (await page.locator('[data-testid=event-strategies]').count()) return;
	await page.locator('[data-testid=table-toggle]').first().click();
	await page.locator('[data-testid=event-strategies]').waitFor({ state: 'attached' });
}

/** What the evidence table lists: each strategy with its code and change. */
async function strategyRows(page: Page): Promise<[string, string, string][]> {
	await showTable(page);
	const rows = await page.locator('[data-testid=event-strategies] tbody tr[data-strategy]').all();
	const out: [string, string, string][] = [];
	for (const row of rows)
		out.push([
			(await row.getAttribute('data-strategy')) ?? '',
			(await row.getAttribute('data-code')) ?? '',
			(await row.locator('td.change').textContent()) ?? ''
		]);
	return out;
}

/** Table, effect and chart agree: one thin line per measured strategy, n as the table counts. */
async function expectAgreement(page: Page) {
	const measured = (await strategyRows(page)).filter(([, , change]) => change !== '–');
	expect(await page.locator('.chart svg g.strategy-paths path').count()).toBe(measured.length);
	const groups = await page.locator('[data-testid=event-effect] tbody tr[data-level]').all();
	let total = 0;
	for (const g of groups) {
		const level = await g.getAttribute('data-level');
		const n = Number(await g.locator('td').first().textContent());
		expect(n).toBe(measured.filter(([, code]) => code === level).length);
		total += n;
	}
	expect(total).toBe(measured.length);
	expect(await page.getByTestId('effect-n').textContent()).toContain(`n = ${total} strategies`);
}

describe('features and progress', () => {
	it('has the default event paths, effect and evidence in the HTML', async () => {
		const html = await (await fetch(`${base}analysis/`)).text();
		expect(html).toMatch(/<svg[^>]*aria-description="Coordination model: places gained/);
		expect(html).toContain('data-testid="event-verdict"');
		expect(html).toContain('How this is computed, and what it cannot show');
		const context = await browser().newContext({ javaScriptEnabled: false });
		const page = await open(context);
		expect(await page.locator('.chart svg[aria-label]').count()).toBe(1);
		expect(
			await page.locator('[data-testid=event-effect] tbody tr[data-level]').count()
		).toBeGreaterThan(1);
		expect(
			await page.locator('[data-testid=analysis-table] tbody tr').count()
		).toBeGreaterThanOrEqual(5);
		await context.close();
	});

	it('draws as many strategies as the table lists, live too', async () => {
		const context = await browser().newContext();
		const page = await open(context, '?feature=vertical_collaboration&measure=gap&laws=1');
		await engineReady(page);
		await settled(page);
		expect(await title(page)).toContain('Vertical collaboration');
		await expectAgreement(page);
		await context.close();
	});

	it('follows each control into the URL, and a reload restores the same chart', async () => {
		const context = await browser().newContext();
		const page = await open(context);
		await engineReady(page);
		await page.selectOption('[data-testid=feature]', 'horizontal_collaboration');
		await page.waitForURL(/feature=horizontal_collaboration/);
		await page.selectOption('[data-testid=indicator]', 'eu_egov.overall');
		await page.waitForURL(/indicator=eu_egov.overall/);
		await page.check('[data-testid=measure-gap]');
		await page.waitForURL(/measure=gap/);
		await page.selectOption('[data-testid=before]', '3');
		await page.waitForURL(/before=3/);
		await page.selectOption('[data-testid=after]', '6');
		await page.waitForURL(/after=6/);
		await page.check('[data-testid=laws]');
		await page.waitForURL(/laws=1/);
		await page.check('input[name=strategy][value=first]');
		await page.waitForURL(/strategy=first/);
		await page.check('[data-testid=window-toggle]');
		await page.waitForURL(/window=2017..2023/);
		await settled(page);
		expect(await title(page)).toContain('gap to the EU27 mean, Overall score');
		await expectAgreement(page);
		const chart = await chartText(page);
		const rows = await strategyRows(page);
		const since = await page.locator('[data-testid=analysis-table]').textContent();
		await page.reload();
		await engineReady(page);
		await settled(page);
		expect(await chartText(page)).toBe(chart);
		expect(await strategyRows(page)).toEqual(rows);
		expect(await page.locator('[data-testid=analysis-table]').textContent()).toBe(since);
		expect(await page.isChecked('[data-testid=measure-gap]')).toBe(true);
		expect(await page.inputValue('[data-testid=after]')).toBe('6');
		await context.close();
	});

	it('never titles a chart with a state it has not drawn: it says it is updating', async () => {
		const context = await browser().newContext();
		const release = await holdEngine(context);
		const page = await open(context, '?feature=once_only&indicator=eu_egov.overall');
		await page.locator('figure.frame [data-testid=chart-updating]').waitFor();
		// The prerendered chart is the default one, and its title says so meanwhile.
		expect(await title(page)).toContain('Coordination model');
		release();
		await engineReady(page);
		await settled(page);
		expect(await title(page)).toContain('Once-only principle');
		expect(await title(page)).toContain('Overall score');
		await context.close();
	});

	it('says which parts of a broken link it ignored, and still draws', async () => {
		const context = await browser().newContext();
		const page = await open(context, '?feature=%3Cscript%3E&window=soon&measure=mean&after=99');
		const notice = page.locator('[data-testid=notice]');
		await notice.waitFor();
		const text = await notice.textContent();
		expect(text).toContain('Ignored feature "<script>"');
		expect(text).toContain('Ignored window "soon"');
		expect(text).toContain('Ignored measure "mean"');
		expect(text).toContain('Ignored after "99"');
		expect(await page.locator('[data-testid=notice] script').count()).toBe(0);
		await engineReady(page);
		expect(await title(page)).toContain('Coordination model');
		await context.close();
	});

	it('embeds the chart alone, with a link to the full view and its evidence', async () => {
		const context = await browser().newContext();
		const page = await open(context, '?feature=eid&embed');
		await engineReady(page);
		await settled(page);
		expect(await page.locator('.chart svg[aria-label]').isVisible()).toBe(true);
		expect(await page.locator('[data-testid=embed-full-link]').isVisible()).toBe(true);
		expect(await page.locator('h1').isVisible()).toBe(false);
		await context.close();
	});

	expectCleanRun(5);
});
