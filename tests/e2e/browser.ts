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
export async function holdRequests(context: BrowserContext, pattern: string): Promise<() => void> {
	let release!: () => void;
	const gate = new Promise<void>((resolve) => (release = resolve));
	await context.route(pattern, async (route) => {
		await gate;
		await route.continue();
	});
	return release;
}

/** Holds back the engine's WebAssembly only: the result files still answer a link at once. */
export const holdWasm = (context: BrowserContext) => holdRequests(context, '**/*.wasm');

/**
 * Holds back the engine's WebAssembly and the result files built with the site, so the page stays
 * in its loading state (the prerendered chart, a link's chart pending) until the returned function
 * is called.
 */
export async function holdEngine(context: BrowserContext): Promise<() => void> {
	const releases = [await holdWasm(context), await holdRequests(context, '**/results/**')];
	return () => releases.forEach((release) => release());
}
