import { readFileSync } from 'node:fs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { tDuckDbSays } from '../../src/lib/i18n/pages/tools';
import { writeSql } from './pages';
import { e2eSuite } from './suite';

const { base, browser, watch, expectCleanRun } = e2eSuite();
const requests: Request[] = [];

async function open(context: BrowserContext, search = ''): Promise<Page> {
	const w = await watch(context);
	w.page.on('request', (r) => requests.push(r));
	await w.page.goto(`${base}sql/${search}`);
	await w.page.waitForSelector('[data-testid=sql-page][data-ready=true]', { timeout: 30_000 });
	await w.page.waitForSelector('[data-testid=sql-editor][data-ready=true]');
	return w.page;
}

const finishedRuns = (page: Page) =>
	page.getAttribute('[data-testid=run]', 'data-runs').then((n) => Number(n));

/** Runs the query and waits for that run to end (an earlier result on screen does not count). */
async function run(page: Page, sql: string): Promise<void> {
	const before = await finishedRuns(page);
	await writeSql(page, sql);
	await page.keyboard.press('Control+Enter');
	await page.waitForFunction(
		(n) => Number(document.querySelector('[data-testid=run]')?.getAttribute('data-runs')) > n,
		before
	);
}

const summary = (page: Page) => page.textContent('[data-testid=result-summary]');

/** The result table's text; an error shown instead fails with DuckDB's message. */
async function resultBody(page: Page): Promise<string> {
	const error = await page.$('[data-testid=sql-error]');
	if (error) throw new Error(`The query failed: ${await error.textContent()}`);
	return (await page.textContent('[data-testid=sql-result] tbody')) ?? '';
}
const errorText = (page: Page) => page.textContent('[data-testid=sql-error]');

describe('SQL console', () => {
	it('runs a query, shows the rows, and charts them', async () => {
		const context = await browser().newContext();
		const page = await open(context);
		await run(
			page,
			"SELECT year, country, value FROM observations WHERE indicator_id = 'un_egdi.egdi' AND country IN ('EST', 'DNK') ORDER BY year"
		);
		expect(await summary(page)).toMatch(/^\s*2\d rows/);
		expect(await page.textContent('[data-testid=sql-result]')).toContain('EST');
		// Figures line up on the right (the shared table style must not lose to the component's).
		expect(
			await page
				.locator('[data-testid=sql-result] td.numeric')
				.first()
				.evaluate((td) => getComputedStyle(td).textAlign)
		).toBe('right');
		await page.click('[data-testid=show-chart]');
		await page.waitForSelector('.chart[data-live=true] svg');
		const svg = await page.locator('.chart svg').last().getAttribute('aria-description');
		expect(svg).toContain('Line chart of value by year, coloured by country');
		await page.selectOption('[data-testid=chart-mark]', 'dot');
		await page.waitForFunction(() =>
			document.querySelector('.chart svg[aria-description^="Dot chart"]')
		);
		await context.close();
	});

	it('opens a table’s columns with a disclosure button and inserts a column’s name', async () => {
		const context = await browser().newContext();
		const page = await open(context);
		const toggle = page.locator('[data-table=observations] button.toggle');
		const columns = page.locator('#columns-observations');
		expect(await toggle.getAttribute('aria-expanded')).toBe('false');
		expect(await columns.isVisible()).toBe(false);
		await toggle.focus();
		await page.keyboard.press('Enter');
		await columns.waitFor({ state: 'visible' });
		expect(await toggle.getAttribute('aria-expanded')).toBe('true');
		await writeSql(page, 'SELECT ');
		await columns.locator('button:text-is("indicator_id")').click();
		expect(await page.textContent('.cm-content')).toContain('SELECT indicator_id');
		await toggle.click();
		await columns.waitFor({ state: 'hidden' });
		await context.close();
	});

	it('renders only the visible rows of a large result, and scrolls through the first 10,000', async () => {
		const context = await browser().newContext();
		const page = await open(context);
		await page.click('[data-testid=sql-schema] button:text-is("countries")');
		expect(await page.textContent('.cm-content')).toContain('countries');
		await run(page, 'SELECT i AS n, i * 2 AS twice FROM range(25000) t(i)');
		expect(await summary(page)).toContain('25,000 rows, the first 10,000 shown');
		expect(await page.locator('[data-testid=sql-result] tbody tr').count()).toBeLessThan(100);
		await page
			.locator('[data-testid=sql-result]')
			.evaluate((el) => (el.scrollTop = el.scrollHeight));
		await page.waitForSelector('[data-testid=sql-result] tr[aria-rowindex="10001"]');
		expect(await page.textContent('[data-testid=sql-result] tr[aria-rowindex="10001"] td')).toBe(
			'9999'
		);
		await context.close();
	});

	it('shows DuckDB’s error with its position, and answers an example question', async () => {
		const context = await browser().newContext();
		const page = await open(context);
		await run(page, 'SELECT *\nFORM countries');
		expect(await errorText(page)).toContain('Parser Error: syntax error');
		expect(await errorText(page)).toContain('line 2');
		await page.selectOption('[data-testid=examples]', '0');
		await page.click('[data-testid=run]');
		await page.waitForSelector('[data-testid=result-summary]');
		expect(await page.textContent('[data-testid=sql-result]')).toContain('Belgium');
		await run(
			page,
			"PIVOT (SELECT country, year, value FROM observations WHERE indicator_id = 'un_egdi.egdi' AND country IN ('EST', 'DNK')) ON country USING first(value) ORDER BY year"
		);
		expect(await page.textContent('[data-testid=sql-result] thead')).toContain('EST');
		await context.close();
	});

	it('refuses to change a shipped table, and the data survives a reload', async () => {
		const context = await browser().newContext();
		const page = await open(context);
		for (const sql of [
			'DROP TABLE observations',
			"DELETE FROM observations WHERE country = 'EST'",
			"COPY observations TO 'x.csv'"
		]) {
			await run(page, sql);
			expect(await errorText(page)).toMatch(/Not run.*(refused|COPY)/s);
		}
		await run(page, 'CREATE TEMP TABLE mine AS SELECT * FROM countries WHERE wp6_five');
		await run(page, 'SELECT count(*) AS n FROM mine');
		expect(await page.textContent('[data-testid=sql-result] td')).toBe('5');
		await page.reload();
		await page.waitForSelector('[data-testid=sql-page][data-ready=true]');
		await page.waitForSelector('[data-testid=sql-editor][data-ready=true]');
		expect(await page.textContent('[data-testid=history]')).toContain('CREATE TEMP TABLE mine');
		await run(page, 'SELECT count(*) AS n FROM observations');
		expect(Number(await page.textContent('[data-testid=sql-result] td'))).toBeGreaterThan(20_000);
		await context.close();
	});

	it('loads a shipped table that pages load only on demand, and refuses to change it', async () => {
		const context = await browser().newContext();
		const page = await open(context);
		await page.click('[data-table=egov_questions] button.load');
		await page.waitForSelector('[data-table=egov_questions] button.name');
		await page.waitForSelector('[data-table=egov_questions] button.load', { state: 'detached' });
		await run(page, 'SELECT count(*) AS n FROM egov_questions');
		expect(Number(await page.textContent('[data-testid=sql-result] td'))).toBeGreaterThan(0);
		await run(page, 'DELETE FROM egov_questions');
		expect(await errorText(page)).toContain('refused');
		await context.close();
	});

	it('cancels a slow query without freezing the page', async () => {
		const context = await browser().newContext();
		const page = await open(context);
		await writeSql(page, 'SELECT count(*) FROM range(100000000) a, range(100000) b');
		await page.click('[data-testid=run]');
		await page.waitForSelector('[data-testid=cancel]');
		expect(await page.evaluate(() => 1 + 1)).toBe(2);
		await page.click('[data-testid=cancel]');
		await page.waitForFunction(() =>
			document.querySelector('[data-testid=sql-error]')?.textContent?.includes('cancelled')
		);
		await run(page, 'SELECT 42 AS answer');
		expect(await page.textContent('[data-testid=sql-result] td')).toBe('42');

		// Ctrl+Enter during a run is not lost: it runs once the slow one is cancelled.
		await writeSql(page, 'SELECT count(*) FROM range(100000000) a, range(100000) b');
		await page.click('[data-testid=run]');
		await page.waitForSelector('[data-testid=cancel]');
		await writeSql(page, 'SELECT 43 AS answer');
		await page.keyboard.press('Control+Enter');
		await page.click('[data-testid=cancel]');
		await page.waitForFunction(
			() => document.querySelector('[data-testid=sql-result] td')?.textContent === '43'
		);
		await context.close();
	});

	it('says in the page’s language that DuckDB refused a query, and marks DuckDB’s words English', async () => {
		const context = await browser().newContext();
		const { page } = await watch(context);
		await page.goto(`${base}de/sql/`);
		await page.waitForSelector('[data-testid=sql-page][data-ready=true]', { timeout: 30_000 });
		await page.waitForSelector('[data-testid=sql-editor][data-ready=true]');
		await run(page, 'SELECT * FROM no_such_table');
		expect(await page.textContent('[data-testid=sql-error] strong')).toBe(tDuckDbSays('de'));
		expect(await page.getAttribute('[data-testid=sql-error] pre', 'lang')).toBe('en');
		expect(await page.textContent('[data-testid=sql-error] pre')).toMatch(
			/no_such_table.*does not exist/i
		);
		await context.close();
	});

	it('downloads the result as CSV and as Parquet', async () => {
		const context = await browser().newContext({ acceptDownloads: true });
		const page = await open(context);
		await run(
			page,
			"SELECT country, name FROM countries WHERE country IN ('EST', 'DNK') ORDER BY 1"
		);
		const [csv] = await Promise.all([
			page.waitForEvent('download'),
			page.click('[data-testid=download-csv]')
		]);
		expect(csv.suggestedFilename()).toBe('query-result.csv');
		expect(readFileSync(await csv.path(), 'utf8')).toBe(
			'country,name\r\nDNK,Denmark\r\nEST,Estonia\r\n'
		);
		const [pq] = await Promise.all([
			page.waitForEvent('download'),
			page.click('[data-testid=download-parquet]')
		]);
		const bytes = readFileSync(await pq.path());
		expect(bytes.subarray(0, 4).toString()).toBe('PAR1');
		expect(bytes.subarray(-4).toString()).toBe('PAR1');
		await context.close();
	});

	it('puts a long query in a compressed link that opens in a fresh browser', async () => {
		const context = await browser().newContext();
		const page = await open(context);
		const sql = `-- a long query travels compressed\nSELECT c.name, o.year, o.value\nFROM observations o JOIN countries c USING (country)\nWHERE o.indicator_id = 'un_egdi.egdi' AND c.meta_eight AND o.year >= 2016\nORDER BY c.name, o.year`;
		await run(page, sql);
		await page.waitForURL(/\?z=[A-Za-z0-9_-]+$/);
		const link = page.url();
		await context.close();
		const fresh = await browser().newContext();
		const other = await open(fresh, new URL(link).search);
		await other.waitForSelector('[data-testid=result-summary]');
		expect(await other.textContent('.cm-content')).toContain('a long query travels compressed');
		expect(await other.textContent('[data-testid=sql-result]')).toContain('Estonia');
		await fresh.close();
	});

	it('says so when a link is damaged', async () => {
		const context = await browser().newContext();
		const page = await open(context, '?z=%3Cscript%3E');
		expect(await page.textContent('[data-testid=notice]')).toContain('damaged');
		await context.close();
	});
});

describe('your own data', () => {
	const marker = 'UserSecretMarker7731';
	const dir = mkdtempSync(join(tmpdir(), 'sql-e2e-'));
	const csv = join(dir, 'My survey.csv');
	writeFileSync(
		csv,
		`country,year,score,note\nEstonia,2024,8.5,${marker}\nEL,2024,6.1,${marker}\nUK,2024,7.2,${marker}\nDK,2024,7.9,${marker}\nAtlantis,2024,1,${marker}\nEstonia,2022,8.1,${marker}\n`
	);

	it('loads a CSV, maps its country column to ISO3, joins it to observations and charts it', async () => {
		const context = await browser().newContext();
		const page = await open(context);
		await page.setInputFiles('[data-testid=user-file]', csv);
		await page.waitForSelector('[data-testid=user-table]');
		expect(await page.textContent('[data-testid=user-table]')).toContain('my_survey');
		await page.waitForFunction(() =>
			document.querySelector('[data-testid=sql-schema]')?.textContent?.includes('your data')
		);
		await page.selectOption('[data-testid=country-column]', 'country');
		await page.click('[data-testid=map-countries]');
		await page.waitForFunction(() =>
			document.querySelector('[data-testid=user-table]')?.textContent?.includes('Atlantis')
		);
		await run(
			page,
			"SELECT s.iso3 AS country, s.score, o.value AS egdi FROM my_survey s JOIN observations o ON o.country = s.iso3 WHERE o.indicator_id = 'un_egdi.egdi' AND o.year = 2024 ORDER BY s.iso3"
		);
		const table = await page.textContent('[data-testid=sql-result]');
		for (const code of ['DNK', 'EST', 'GBR', 'GRC']) expect(table).toContain(code);
		await page.click('[data-testid=show-chart]');
		await page.waitForSelector('.chart[data-live=true] svg');
		expect(await page.textContent('.frame')).toContain('your own data');
		await page.waitForURL(/q=.*my_survey/);
		await page.click('[data-testid=to-explore]');
		await page.waitForSelector('[data-testid=user-data-chart] .chart[data-live=true] svg', {
			timeout: 30_000
		});
		const chart = await page.textContent('[data-testid=user-data-chart]');
		expect(chart).toContain('Your data: score');
		expect(chart).toContain('User data');
		await page.goBack();
		await page.waitForSelector('[data-testid=sql-page][data-ready=true]');
		await page.waitForSelector('[data-testid=forget]');
		await page.click('[data-testid=forget]');
		await page.waitForFunction(() => !document.querySelector('[data-testid=user-table]'));
		await context.close();
	});

	it('reads XLSX and Parquet files, and keeps them across a reload until forgotten', async () => {
		const XLSX = await import('@e965/xlsx');
		const book = XLSX.utils.book_new();
		const sheet = XLSX.utils.aoa_to_sheet([
			['land', 'year', 'share'],
			['Estonia', 2024, 0.9],
			['Belgium', 2024, 0.7]
		]);
		XLSX.utils.book_append_sheet(book, sheet, 'Sheet1');
		const xlsx = join(dir, 'shares.xlsx');
		writeFileSync(xlsx, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
		const parquet = join(dir, 'codes.parquet');
		writeFileSync(parquet, readFileSync('static/data/countries.parquet'));
		const context = await browser().newContext();
		const page = await open(context);
		await page.check('text=Keep my files in this browser');
		await page.setInputFiles('[data-testid=user-file]', [xlsx, parquet]);
		await page.waitForFunction(
			() => document.querySelectorAll('[data-testid=user-table]').length === 2
		);
		await run(
			page,
			'SELECT round(sum(share), 2) AS s, (SELECT count(*) FROM codes) AS n FROM shares'
		);
		expect(await resultBody(page)).toMatch(/1\.6.*25\d/s);
		await page.reload();
		await page.waitForFunction(
			() => document.querySelectorAll('[data-testid=user-table]').length === 2,
			null,
			{ timeout: 30_000 }
		);
		await page.click('[data-testid=forget]');
		await page.waitForFunction(() => !document.querySelector('[data-testid=user-table]'));
		await page.reload();
		await page.waitForSelector('[data-testid=sql-page][data-ready=true]');
		await page.waitForSelector('[data-testid=sql-editor][data-ready=true]');
		await run(page, 'SELECT count(*) FROM shares');
		expect(await errorText(page)).toContain('shares');
		expect(await page.locator('[data-testid=user-table]').count()).toBe(0);
		await context.close();
	});

	it('loads part of a Parquet file by URL with range requests', async () => {
		const context = await browser().newContext();
		const page = await open(context);
		await page.fill('[data-testid=remote-url]', `${base}data/observations.parquet`);
		await page.fill('[data-testid=remote-table]', 'recent');
		await page.fill('[data-testid=remote-columns]', 'indicator_id, country, year, value');
		await page.fill('[data-testid=remote-filter-column]', 'year');
		await page.selectOption('select[aria-label=Comparison]', '>=');
		await page.fill('[data-testid=remote-filter-value]', '2022');
		await page.click('[data-testid=remote-load]');
		await page.waitForSelector('[data-testid=remote-report]');
		await run(page, 'SELECT min(year) AS first FROM recent');
		expect(Number(await page.textContent('[data-testid=sql-result] td'))).toBe(2022);
		await context.close();
	});

	it('never sent the file anywhere', () => {
		expect(requests.length).toBeGreaterThan(10);
		const carrying = requests.filter(
			(r) =>
				(r.postData() ?? '').includes(marker) ||
				r.url().includes(marker) ||
				r.url().includes('survey')
		);
		expect(carrying).toEqual([]);
		expect(
			requests.filter((r) => r.method() !== 'GET' && r.method() !== 'HEAD').map((r) => r.url())
		).toEqual([]);
	});

	expectCleanRun(1);
});
