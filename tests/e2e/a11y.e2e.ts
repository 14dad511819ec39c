import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { liveChart, SITE_PAGES } from './pages';
import { e2eSuite } from './suite';

/*
 * Every page, and the states a control opens, pass axe-core's checks for WCAG 2.1 A and AA (what
 * EN 301 549, the standard behind the EU Web Accessibility Directive, requires of public-sector
 * sites) and WCAG 2.2 AA. axe runs inside the page, injected from node_modules: nothing is fetched.
 */

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const { base, watched, browser, watch } = e2eSuite();

/** axe's violations on the page as it is now, one line each: rule, help, first elements. */
async function violations(page: Page): Promise<string[]> {
	await page.addScriptTag({ path: AXE });
	return page.evaluate(async (tags) => {
		interface Result {
			violations: { id: string; help: string; nodes: { target: string[] }[] }[];
		}
		const axe = (window as unknown as { axe: { run: (o: unknown) => Promise<Result> } }).axe;
		const result = await axe.run({ runOnly: { type: 'tag', values: tags } });
		return result.violations.map(
			(v) =>
				`${v.id} (${v.nodes.length}): ${v.help} at ${v.nodes
					.slice(0, 3)
					.map((n) => n.target.join(' '))
					.join(', ')}`
		);
	}, TAGS);
}

/**
 * What a screen reader's list of headings would get wrong: not one h1, a level skipped, or two
 * headings of one level and one text under the same heading (which cannot be told apart).
 */
async function headingProblems(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const problems: string[] = [];
		const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter(
			(h) => h.getClientRects().length > 0
		);
		const open: string[] = [];
		const seen = new Set<string>();
		let last = 0;
		for (const h of headings) {
			const level = Number(h.tagName[1]);
			const text = h.textContent?.trim() ?? '';
			if (level > last + 1) problems.push(`h${level} "${text}" follows an h${last}`);
			open.length = level - 1;
			const key = `${open.join(' > ')} > h${level} ${text}`;
			if (seen.has(key)) problems.push(`two h${level} "${text}" under "${open.at(-1) ?? ''}"`);
			seen.add(key);
			open[level - 1] = text;
			last = level;
		}
		const h1s = headings.filter((h) => h.tagName === 'H1').length;
		if (h1s !== 1) problems.push(`${h1s} h1 headings`);
		return problems;
	});
}

/** The charts' axis tick labels: hidden from assistive technology, or left for a reader to hear. */
async function tickLabels(page: Page): Promise<{ charts: number; hidden: number; heard: number }> {
	const groups = page.locator('.chart svg g[aria-label$="-axis tick label"]');
	return {
		charts: await page.locator('.chart svg').count(),
		hidden: await groups.and(page.locator('[aria-hidden=true]')).count(),
		heard: await groups.and(page.locator(':not([aria-hidden=true])')).count()
	};
}

async function open(
	path: string,
	width = 1280,
	height = 800,
	colorScheme: 'light' | 'dark' = 'light'
): Promise<Page> {
	// axe is injected as an inline script, which the pages' own CSP refuses (csp.e2e tests the CSP).
	const context = await browser().newContext({
		viewport: { width, height },
		colorScheme,
		bypassCSP: true
	});
	const w = await watch(context);
	await w.page.goto(base + path);
	return w.page;
}

describe('accessibility (axe, WCAG 2.1 AA and 2.2 AA)', () => {
	it.each(SITE_PAGES)('/%s has no violations', { timeout: 90_000 }, async (path, settled) => {
		const page = await open(path);
		await settled(page);
		expect(await violations(page)).toEqual([]);
		expect(await headingProblems(page)).toEqual([]);
		// A reader moving through a chart hears its lines and titles, not every number on its axes.
		const ticks = await tickLabels(page);
		expect(ticks.heard).toBe(0);
		if (ticks.charts) expect(ticks.hidden).toBeGreaterThan(0);
		await page.context().close();
	});

	it('has none in the states controls open', { timeout: 180_000 }, async () => {
		const states: [string, (p: Page) => Promise<unknown>][] = [
			[
				'a chart’s table view',
				async (p) => {
					await liveChart(p);
					await p.locator('[data-testid=home-chart] button:text-is("Show table")').click();
					await p.waitForSelector('[data-testid=home-chart] [data-testid=data-table]');
				}
			],
			[
				'explore/?chart=table',
				async (p) => {
					await p.waitForSelector('[data-testid=data-table]', { timeout: 30_000 });
					// A link's table is dimmed while its answer is pending; check it once drawn.
					await p.waitForFunction(() => !document.querySelector('[aria-busy=true]'), null, {
						timeout: 60_000
					});
				}
			],
			[
				'analysis/?feature=vertical_collaboration&embed',
				async (p) => {
					// Embedded with its evidence table, which scrolls in its own box.
					await liveChart(p);
					await p.waitForSelector('.table-box [data-testid=event-strategies]');
					await p.waitForFunction(() => !document.querySelector('[aria-busy=true]'), null, {
						timeout: 60_000
					});
				}
			],
			[
				'strategies/?cell=DEU.once_only',
				(p) => p.waitForSelector('[data-key="DEU.once_only"][aria-pressed=true]')
			],
			[
				'services/',
				async (p) => {
					await p.waitForSelector('[data-testid=service-grid][data-live=true]', {
						timeout: 60_000
					});
					await p.locator('[data-testid=service-cell]').first().click();
					await p.waitForSelector('[data-testid=service-detail]');
				}
			]
		];
		const found: string[] = [];
		for (const [path, reach] of states) {
			const page = await open(path.startsWith('a chart') ? '' : path);
			await reach(page);
			found.push(...(await violations(page)).map((v) => `${path}: ${v}`));
			await page.context().close();
		}
		expect(found).toEqual([]);
	});

	it('has none on a phone', { timeout: 90_000 }, async () => {
		const found: string[] = [];
		for (const [path, settled] of SITE_PAGES.slice(0, 3)) {
			const page = await open(path, 390, 844);
			await settled(page);
			found.push(...(await violations(page)).map((v) => `/${path}: ${v}`));
			await page.context().close();
		}
		expect(found).toEqual([]);
	});

	// The dark scheme has its own colours: text and marks must meet AA contrast there too.
	it.each(SITE_PAGES)(
		'/%s has no violations in the dark scheme',
		{ timeout: 90_000 },
		async (path, settled) => {
			const page = await open(path, 1280, 800, 'dark');
			await settled(page);
			expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
				true
			);
			expect(await violations(page)).toEqual([]);
			await page.context().close();
		}
	);

	it('ran without errors or off-origin requests', () => {
		// Every page opened: each site page in both schemes, the five states with controls open, three on a phone.
		expect(watched.length).toBe(2 * SITE_PAGES.length + 5 + 3);
		expect(watched.flatMap((x) => x.offOrigin)).toEqual([]);
		expect(watched.flatMap((x) => x.consoleErrors)).toEqual([]);
	});
});
