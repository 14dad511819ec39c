import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launch, watchedPage, type Watched } from './browser';

/**
 * What an e2e file sets up: the built site's address, one browser for the file, and every page it
 * watched, so that the file can end by checking that none went off the site or logged an error.
 * Call once at the top level of the file.
 */
export function e2eSuite() {
	const base = inject('baseUrl');
	const origin = new URL(base).origin;
	const watched: Watched[] = [];
	let browser: Browser | undefined;
	beforeAll(async () => (browser = await launch()));
	afterAll(async () => {
		await browser?.close();
	});
	return {
		base,
		/** The site's origin: requests anywhere else count as off the site. */
		origin,
		watched,
		/** The file's browser, once beforeAll has run. */
		browser: () => browser as Browser,
		/** A new page that records requests off the site and console errors. */
		async watch(context: BrowserContext): Promise<Watched> {
			const w = await watchedPage(context, origin);
			watched.push(w);
			return w;
		},
		/**
		 * Registers the file's last test: more than `morePagesThan` pages were watched, and none made
		 * a request off the site or logged a console error. Call at the end of the (last) describe.
		 */
		expectCleanRun(morePagesThan: number): void {
			it('made no request off the site and logged no console error', () => {
				expect(watched.length).toBeGreaterThan(morePagesThan);
				expect(watched.flatMap((w) => w.offOrigin)).toEqual([]);
				expect(watched.flatMap((w) => w.consoleErrors)).toEqual([]);
			});
		}
	};
}
