import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];

export function launch(): Promise<Browser> {
	return chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: CHROMIUM_ARGS
	});
}

export interface Watched {
	page: Page;
	/** Requests that left the local origin. */
	offOrigin: string[];
	consoleErrors: string[];
}

/**
 * A page that records every request off the site's origin and every console error; a
 * Content-Security-Policy violation is logged as a console error, so it counts as one.
 */
export async function watchedPage(context: BrowserContext, origin: string): Promise<Watched> {
	const page = await context.newPage();
	await page.addInitScript(() =>
		document.addEventListener('securitypolicyviolation', (e) =>
			console.error(`securitypolicyviolation: ${e.violatedDirective} ${e.blockedURI}`)
		)
	);
	const offOrigin: string[] = [];
	const consoleErrors: string[] = [];
	page.on('request', (r) => {
		const url = r.url();
		if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
			offOrigin.push(url);
	});
	page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
	page.on('pageerror', (e) => consoleErrors.push(e.message));
	return { page, offOrigin, consoleErrors };
}

/**
 * Holds back the requests whose URL matches `pattern` until the returned function is called.
 */
export async function holdRequests(
	context: BrowserContext,
	pattern: string | RegExp
): Promise<() => void> {
	let release!: () => void;
	const gate = new Promise<void>((resolve) => (release = resolve));
	await context.route(pattern, async (route) => {
		await gate;
		await route.continue();
	});
	return release;
}

/**
 * Holds back the engine's WebAssembly only (shipped gzipped as duckdb-eh.wasm.<hash>.gz): the
 * result files still answer a link at once.
 */
export const holdWasm = (context: BrowserContext) => holdRequests(context, /duckdb-eh\.wasm/);

/**
 * Holds back the engine's WebAssembly and the result files built with the site, so the page stays
 * in its loading state (the prerendered chart, a link's chart pending) until the returned function
 * is called.
 */
export async function holdEngine(context: BrowserContext): Promise<() => void> {
	const releases = [await holdWasm(context), await holdRequests(context, '**/results/**')];
	return () => releases.forEach((release) => release());
}

/** What the page asked DuckDB-WASM's worker: each statement prepared, each query run (its SQL). */
export interface EngineLog {
	prepared: string[];
	runs: string[];
}

/**
 * Records, in every page of the context, the SQL each message to DuckDB-WASM's worker prepares or
 * runs; read it with `engineLog`. A prepared statement's runs are named by the SQL it was made from.
 */
export const recordEngine = (context: BrowserContext) =>
	context.addInitScript(`(() => {
		const log = (window.__engineLog = { prepared: [], runs: [] });
		const Base = window.Worker;
		window.Worker = class extends Base {
			constructor(url, options) {
				super(url, options);
				this.duckdb = /duckdb/.test(String(url));
				this.asked = new Map();
				this.statements = new Map();
				this.addEventListener('message', (e) => {
					const d = e.data;
					if (d && d.type === 'PREPARED_STATEMENT_ID' && this.asked.has(d.requestId))
						this.statements.set(d.data, this.asked.get(d.requestId));
				});
			}
			postMessage(m, transfer) {
				if (this.duckdb && m && m.type === 'CREATE_PREPARED') {
					this.asked.set(m.messageId, m.data[1]);
					log.prepared.push(m.data[1]);
				}
				if (this.duckdb && m && m.type === 'RUN_PREPARED')
					log.runs.push(this.statements.get(m.data[1]) ?? '(unknown statement)');
				if (this.duckdb && m && m.type === 'RUN_QUERY') log.runs.push(m.data[1]);
				return super.postMessage(m, transfer);
			}
		};
	})();`);

/** The page's engine log so far (see `recordEngine`). */
export const engineLog = (page: Page): Promise<EngineLog> =>
	page.evaluate('structuredClone(window.__engineLog)') as Promise<EngineLog>;
