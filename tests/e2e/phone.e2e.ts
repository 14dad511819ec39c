import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SITE_PAGES as pages } from './pages';
import { e2eSuite } from './suite';

/*
 * On a phone (390 px wide) no page may scroll sideways: a wide table scrolls inside its own box,
 * long names wrap or shrink. Each page is checked after the engine has taken over, because live
 * content (option lists, result tables) can be wider than the prerendered page.
 */

const { base, watched, browser, watch } = e2eSuite();

/**
 * The page's scroll width, and the outermost elements that stick out past the right edge and are
 * not inside a box that scrolls or clips (those are what widen the page).
 */
function overflow(page: Page) {
	return page.evaluate(() => {
		const clipped = (el: Element) => {
			for (let a = el.parentElement; a && a !== document.body; a = a.parentElement)
				if (getComputedStyle(a).overflowX !== 'visible') return true;
			return false;
		};
		const out: string[] = [];
		for (const el of document.querySelectorAll('body *')) {
			if (el.parentElement?.closest('svg')) continue;
			const right = el.getBoundingClientRect().right;
			const parentRight = el.parentElement?.getBoundingClientRect().right ?? 0;
			if (right > innerWidth + 1 && parentRight <= innerWidth + 1 && !clipped(el))
				out.push(`${el.tagName.toLowerCase()}.${String(el.getAttribute('class'))} to ${right}px`);
		}
		return { scrollWidth: document.documentElement.scrollWidth, width: innerWidth, out };
	});
}

describe('on a 390 px phone', () => {
	it.each(pages)('/%s does not scroll sideways', { timeout: 90_000 }, async (path, settled) => {
		const context = await browser().newContext({ viewport: { width: 390, height: 844 } });
		const w = await watch(context);
		await w.page.goto(base + path);
		await settled(w.page);
		const o = await overflow(w.page);
		expect(o.scrollWidth, `/${path} is pushed wide by: ${o.out.slice(0, 5).join(', ')}`).toBe(
			o.width
		);
		await context.close();
	});

	it('keeps the strategy matrix readable: it scrolls in its frame rather than shrinking', async () => {
		const context = await browser().newContext({ viewport: { width: 390, height: 844 } });
		const w = await watch(context);
		await w.page.goto(base + 'strategies/');
		const area = await w.page.locator('#matrix .plot-area').evaluate((el) => ({
			svg: el.querySelector('.prerendered svg')?.getBoundingClientRect().width ?? 0,
			scrolls: el.scrollWidth > el.clientWidth,
			visible: el.clientWidth
		}));
		expect(area.visible).toBeLessThan(390);
		expect(area.svg).toBeGreaterThanOrEqual(640);
		expect(area.scrolls).toBe(true);
		// Once the page runs, the frame says the chart scrolls: only part of it is in view.
		await w.page.locator('#matrix [data-testid=scroll-hint]').waitFor();
		await context.close();
	});

	it('draws live line charts at the phone’s width, so their text is not shrunk', async () => {
		const context = await browser().newContext({ viewport: { width: 390, height: 844 } });
		const w = await watch(context);
		const drawnAtWidth = async (path: string, charts: number) => {
			await w.page.goto(base + path);
			await w.page.waitForFunction(
				(n) => document.querySelectorAll('.chart[data-live=true] svg').length === n,
				charts,
				{ timeout: 30_000 }
			);
			const sizes = await w.page.$$eval('.chart[data-live=true] svg', (svgs) =>
				svgs.map((svg) => [Number(svg.getAttribute('width')), svg.getBoundingClientRect().width])
			);
			for (const [drawnAt, shown] of sizes) {
				expect(drawnAt, path).toBeLessThan(390);
				expect(Math.abs(drawnAt! - shown!), path).toBeLessThan(1);
			}
		};
		await drawnAtWidth('explore/?indicator=un_egdi.egdi~eu_egov.overall', 2);
		// The home chart and the services trend draw at the room there is too (Chart's fit).
		await drawnAtWidth('', 1);
		await drawnAtWidth('services/', 1);
		await context.close();
	});

	it('ran without errors or off-origin requests', () => {
		expect(watched.length).toBe(pages.length + 2);
		expect(watched.flatMap((x) => x.offOrigin)).toEqual([]);
		expect(watched.flatMap((x) => x.consoleErrors)).toEqual([]);
	});
});
