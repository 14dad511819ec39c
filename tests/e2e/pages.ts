import type { Page } from 'playwright-core';

/*
 * Every page of the site, and what "settled" means on it: the live engine has taken over (or,
 * for pages without one, the content is there). Checks that sweep the whole site (phone widths,
 * accessibility) start from here, so a new page is added once.
 */

/** The layout marks the page once Svelte has hydrated it: from then on, controls have handlers. */
export const hydrated = (page: Page) =>
	page.waitForFunction(() => performance.getEntriesByName('egov:hydrated').length > 0);

/**
 * Replaces the SQL editor's text and waits until CodeMirror shows exactly it. A fill can land while
 * the editor moves its selection (to an error's position after a run) or reconfigures (new tables
 * for completion), and then replaces only part of the old query; the fill is repeated.
 */
export async function writeSql(page: Page, sql: string): Promise<void> {
	const editor = page.locator('.cm-content');
	const shows = (want: string) =>
		page
			.waitForFunction(
				(text) =>
					[...document.querySelectorAll('.cm-content .cm-line')]
						.map((line) => line.textContent)
						.join('\n') === text,
				want,
				{ timeout: 3_000 }
			)
			.then(
				() => true,
				() => false
			);
	for (let attempt = 0; attempt < 3; attempt++) {
		await editor.fill(sql);
		if (await shows(sql)) return;
	}
	const shown = await editor.evaluate((el) =>
		[...el.querySelectorAll('.cm-line')].map((line) => line.textContent).join('\n')
	);
	throw new Error(`The editor shows ${JSON.stringify(shown.slice(0, 200))} after three fills`);
}

export const liveChart = (page: Page) =>
	page.waitForSelector('.chart[data-live=true] svg', { timeout: 30_000 });

async function sqlResult(page: Page): Promise<void> {
	await page.waitForSelector('[data-testid=sql-page][data-ready=true]', { timeout: 30_000 });
	await page.waitForSelector('[data-testid=sql-editor][data-ready=true]');
	await page.click('[data-testid=run]');
	await page.waitForFunction(
		() => Number(document.querySelector('[data-testid=run]')?.getAttribute('data-runs')) > 0
	);
}

export const SITE_PAGES: [path: string, settled: (page: Page) => Promise<unknown>][] = [
	['', liveChart],
	['explore/', liveChart],
	[
		'strategies/',
		async (p) => {
			// Prerendered in full; it turns live once a control changes.
			await p.waitForSelector('[data-key][aria-pressed]', { state: 'attached' });
			await p.selectOption('[data-testid=strategy-choice]', 'first');
			await liveChart(p);
		}
	],
	['country/', (p) => p.waitForSelector('a[href*="country/EST"]')],
	['country/EST/', (p) => p.waitForSelector('[data-testid=country-jump][data-ready=true]')],
	['analysis/', liveChart],
	[
		'services/',
		(p) =>
			p.waitForSelector('[data-testid=service-grid][data-live=true][data-pending=false]', {
				timeout: 60_000
			})
	],
	['sources/', (p) => p.waitForSelector('[data-testid=toc]')],
	['sql/', sqlResult]
];
