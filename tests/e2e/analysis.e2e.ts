import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { engineLog, holdEngine, recordEngine } from './browser';
import { analysisSeriesQuery } from '../../src/lib/queries/analysis-series';
import { analysisCodesQuery } from '../../src/lib/queries/analysis-codes';
import { strategyPathsQuery } from '../../src/lib/queries/event-paths';
import { parseCsv } from './csv';
import { e2eSuite } from './suite';

const { base, browser, watch, expectCleanRun } = e2eSuite();

async function open(context: BrowserContext, query = ''): Promise<Page> {
	const w = await watch(context);
	await w.page.goto(`${base}analysis/${query}`);
	return w.page;
}

const engineReady = (page: Page) =>
	page.waitForSelector('.chart[data-live=true] svg', { timeout: 60_000 });
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

	it('tests a changed feature off the page’s thread with the numbers the build computed', async () => {
		const context = await browser().newContext();
		const page = await open(context, '?feature=vertical_collaboration');
		await engineReady(page);
		await settled(page);
		const built = await (await fetch(`${base}analysis/`)).text();
		const verdict = (html: string) =>
			/data-testid="event-verdict"[^>]*>([^<]*)</.exec(html)?.[1]?.replaceAll('&amp;', '&');
		// The default state, reached by a change: its tests run in the worker this time.
		await page.selectOption('[data-testid=feature]', 'coordination_model');
		await page.waitForSelector(
			'[data-testid=event-effect][data-tested=true] [data-testid=effect-spread]'
		);
		expect(await page.getByTestId('event-verdict').textContent()).toBe(verdict(built));
		expect(verdict(built)).toMatch(/p = 0\.\d{3}/);
		await context.close();
	});

	it('asks the engine only what a change needs, and prepares each query once', async () => {
		const context = await browser().newContext();
		await recordEngine(context);
		const page = await open(context);
		await engineReady(page);
		await settled(page);
		// The SQL texts do not depend on the values bound.
		const paths = strategyPathsQuery({
			indicator: 'un_egdi.egdi',
			measure: 'rank',
			before: 0,
			after: 0,
			laws: false
		}).sql;
		const series = analysisSeriesQuery('un_egdi.egdi', 'rank').sql;
		const codes = analysisCodesQuery('any').sql;
		/** Waits until the page has run `sql` `times` times since its `from`th query, and is settled. */
		const ran = async (sql: string, times: number, from: number) => {
			await page.waitForFunction(
				([sql, times, from]) =>
					(window as unknown as { __engineLog: { runs: string[] } }).__engineLog.runs
						.slice(from)
						.filter((s) => s === sql).length >= times,
				[sql, times, from] as const,
				{ timeout: 30_000 }
			);
			await settled(page);
		};
		// The engine draws the default state (until then the result files answered).
		await page.locator('[data-testid=analysis-chart][data-drawn-from=engine]').waitFor();
		await ran(series, 1, 0);
		const since = (await engineLog(page)).runs.length;
		// A feature change there and back asks for its codes: the paths and the benchmark are those
		// of the feature before.
		await page.selectOption('[data-testid=feature]', 'once_only');
		await ran(codes, 1, since);
		await page.selectOption('[data-testid=feature]', 'coordination_model');
		await ran(codes, 2, since);
		// A change of measure asks for the paths and the benchmark so measured, once; no codes.
		await page.check('[data-testid=measure-gap]');
		await ran(series, 1, since);
		await ran(paths, 1, since);
		const runs = (await engineLog(page)).runs.slice(since);
		const count = (sql: string) => runs.filter((s) => s === sql).length;
		expect([paths, codes, series].map(count)).toEqual([1, 2, 1]);
		// Every statement was prepared once, however often it ran.
		const log = await engineLog(page);
		expect(log.runs.length).toBeGreaterThan(log.prepared.length);
		expect(new Set(log.prepared).size).toBe(log.prepared.length);
		expect(log.runs).not.toContain('(unknown statement)');
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

	it('embeds the chart with its evidence table, the effect and the CSV, as the page has them', async () => {
		const state = '?feature=vertical_collaboration&indicator=eu_egov.overall&before=3&after=4';
		const full = await browser().newContext();
		const onPage = await open(full, state);
		await engineReady(onPage);
		await settled(onPage);
		const rows = await strategyRows(onPage);
		const n = await onPage.getByTestId('effect-n').textContent();
		const verdict = await onPage.getByTestId('event-verdict').textContent();
		await full.close();
		expect(rows.length).toBeGreaterThan(10);

		const context = await browser().newContext({
			viewport: { width: 600, height: 400 },
			acceptDownloads: true
		});
		const page = await open(context, `${state}&embed`);
		await engineReady(page);
		await settled(page);
		expect(await page.locator('h1').isVisible()).toBe(false);
		expect(await page.locator('[data-testid=share-menu]').isVisible()).toBe(false);
		// The frame shows the chart, the effect in words and the table together, and no toggle.
		const frame = page.locator('figure.frame:visible');
		expect(await frame.count()).toBe(1);
		for (const part of ['.chart svg[aria-label]', '[data-testid=event-strategies]'])
			expect(await frame.locator(part).isVisible(), part).toBe(true);
		expect(await page.locator('[data-testid=table-toggle]').count()).toBe(0);
		const line = await frame.getByTestId('embed-verdict').textContent();
		expect(line).toBe(verdict);
		expect(line).toContain(n?.match(/n = \d+/)?.[0]);
		expect(line).toMatch(/95% interval .+ to .+; p [=<] /);
		// The same strategies, codes and changes as the full page for the same link.
		expect(await strategyRows(page)).toEqual(rows);
		// It fits the iframe: the table scrolls in its own box above the source line and links.
		const box = page.locator('figure.frame:visible .table-box > .table-wrap');
		expect(await box.evaluate((b) => b.scrollHeight > b.clientHeight)).toBe(true);
		expect(await box.getAttribute('tabindex')).toBe('0');
		const chart = await frame.locator('.chart svg[aria-label]').first().boundingBox();
		const table = await box.boundingBox();
		const source = await frame.locator('.source').boundingBox();
		const link = await frame.getByTestId('embed-full-link').boundingBox();
		expect(chart!.height).toBeGreaterThan(100);
		expect(table!.height).toBeGreaterThan(60);
		// Beside the chart or under it, never over it; both above the source line.
		const apart =
			chart!.x + chart!.width <= table!.x + 1 || chart!.y + chart!.height <= table!.y + 1;
		expect(apart).toBe(true);
		for (const b of [chart!, table!]) expect(b.y + b.height).toBeLessThanOrEqual(source!.y + 1);
		expect(link!.y + link!.height).toBeLessThanOrEqual(400);
		expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(
			400
		);
		expect(await frame.getByTestId('embed-full-link').getAttribute('href')).toContain(
			'feature=vertical_collaboration'
		);
		// The CSV from the embed lists the table's strategies, in its order, with their changes.
		const [file] = await Promise.all([
			page.waitForEvent('download'),
			frame.getByTestId('download-csv').click()
		]);
		expect(file.suggestedFilename()).toBe(
			'analysis-events-vertical-collaboration-eu-egov-overall-score.csv'
		);
		const [header, ...records] = parseCsv(await readFile((await file.path()) as string, 'utf8'));
		const col = (name: string) => (header as string[]).indexOf(name);
		expect(records.map((r) => [r[col('strategy_id')], r[col('code')]])).toEqual(
			rows.map(([id, code]) => [id, code])
		);
		const measured = records.filter((r) => r[col('change')] !== '');
		expect(measured.length).toBe(rows.filter(([, , change]) => change !== '–').length);
		await context.close();
	}, 150_000);

	expectCleanRun(5);
});
