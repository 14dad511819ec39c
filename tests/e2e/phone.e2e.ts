import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hydrated, SITE_PAGES as pages } from './pages';
import { e2eSuite } from './suite';

/*
 * On a phone (390 px wide) no page may scroll sideways: a wide table scrolls inside its own box,
 * long names wrap or shrink. Each page is checked after the engine has taken over, because live
 * content (option lists, result tables) can be wider than the prerendered page.
 *
 * Phones first: every view's main chart starts in the first screen (844 px), in the prerendered
 * page before any script runs and once the page runs; the controls fold behind one button.
 */

const SCREEN = { width: 390, height: 844 };

/** Each view's main chart: its first chart frame; the services grid; the SQL editor. */
const MAIN_CHART: Record<string, string> = {
	'': 'figure.frame',
	'explore/': 'figure.frame',
	'strategies/': 'figure.frame',
	'country/EST/': 'figure.frame',
	'analysis/': 'figure.frame',
	'services/': '[data-testid=service-grid]',
	'sql/': '[data-testid=sql-editor]'
};

/** How much of the element (and of a frame's plot) is in the first screen, scrolled to the top. */
function inFirstScreen(page: Page, selector: string) {
	return page.evaluate(
		([sel, height]) => {
			window.scrollTo(0, 0);
			const seen = (el: Element | null) => {
				if (!el) return null;
				const box = el.getBoundingClientRect();
				return { top: box.top, visible: Math.min(box.bottom, height) - Math.max(box.top, 0) };
			};
			const el = document.querySelector(sel);
			return { chart: seen(el), plot: seen(el?.querySelector('.plot-area') ?? null) };
		},
		[selector, SCREEN.height] as const
	);
}

function expectInFirstScreen(where: string, seen: Awaited<ReturnType<typeof inFirstScreen>>) {
	expect(seen.chart, `${where}: no main chart`).not.toBeNull();
	expect(seen.chart!.top, where).toBeLessThan(SCREEN.height);
	expect(seen.chart!.visible, where).toBeGreaterThan(0);
	// A frame's chart itself, not only its title, starts in the first screen.
	if (seen.plot) expect(seen.plot.visible, `${where}: the plot`).toBeGreaterThan(40);
}

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
		const main = MAIN_CHART[path];
		if (main) expectInFirstScreen(`/${path} live`, await inFirstScreen(w.page, main));
		await context.close();
	});

	it.each(Object.entries(MAIN_CHART))(
		'/%s shows its main chart in the first screen before any script runs',
		async (path, selector) => {
			const context = await browser().newContext({ viewport: SCREEN, javaScriptEnabled: false });
			const w = await watch(context);
			await w.page.goto(base + path);
			expectInFirstScreen(`/${path} prerendered`, await inFirstScreen(w.page, selector));
			await context.close();
		}
	);

	it('folds the chart controls behind one button, opened and closed by pointer and keyboard', async () => {
		const context = await browser().newContext({ viewport: SCREEN });
		const w = await watch(context);
		await w.page.goto(base + 'explore/');
		await w.page.locator('[data-testid=indicator-filter]').waitFor({ state: 'attached' });
		// The button works once the page is hydrated.
		await hydrated(w.page);
		const toggle = w.page.locator('[data-testid=controls-toggle]');
		const filter = w.page.locator('[data-testid=indicator-filter]');
		// Folded on load: the button says so and the controls are not shown.
		await toggle.waitFor();
		expect(await toggle.getAttribute('aria-expanded')).toBe('false');
		expect(await filter.isVisible()).toBe(false);
		const controlled = await toggle.getAttribute('aria-controls');
		expect(await w.page.locator(`[id="${controlled}"]`).count()).toBe(1);
		// By pointer.
		await toggle.click();
		await w.page.waitForSelector('[data-testid=controls-toggle][aria-expanded=true]');
		expect(await filter.isVisible()).toBe(true);
		await toggle.click();
		await w.page.waitForSelector('[data-testid=controls-toggle][aria-expanded=false]');
		expect(await filter.isVisible()).toBe(false);
		// By keyboard: Enter opens, Space closes; Escape from inside closes and returns focus.
		await toggle.focus();
		await w.page.keyboard.press('Enter');
		await w.page.waitForSelector('[data-testid=controls-toggle][aria-expanded=true]');
		await w.page.keyboard.press('Space');
		await w.page.waitForSelector('[data-testid=controls-toggle][aria-expanded=false]');
		await w.page.keyboard.press('Enter');
		await filter.waitFor();
		await filter.focus();
		await w.page.keyboard.press('Escape');
		await w.page.waitForSelector('[data-testid=controls-toggle][aria-expanded=false]');
		expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true);
		expect(await filter.isVisible()).toBe(false);
		// Open, the controls sit above the chart and work: a group changes the chart.
		await toggle.click();
		await w.page.click('[data-testid=group-eu27]');
		await w.page.waitForURL(/group=eu27/);
		const [controls, chart] = await Promise.all(
			['[data-testid=controls-panel]', 'figure.frame'].map((s) =>
				w.page.locator(s).first().boundingBox()
			)
		);
		expect(controls!.y + controls!.height).toBeLessThanOrEqual(chart!.y + 1);
		await context.close();
	});

	it('keeps the controls open, without the button, on a desktop', async () => {
		const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
		const w = await watch(context);
		for (const path of ['', 'explore/', 'analysis/', 'services/']) {
			await w.page.goto(base + path);
			const panel = w.page.locator('[data-testid=controls-panel]');
			await panel.waitFor();
			expect(await w.page.locator('[data-testid=controls-toggle]').isVisible(), path).toBe(false);
			expect(
				await panel.evaluate((el) => el.querySelector('select, input')!.checkVisibility()),
				path
			).toBe(true);
		}
		await context.close();
	});

	it('shows that a wide table scrolls: a shadow on the edge it scrolls towards', async () => {
		const context = await browser().newContext({ viewport: SCREEN, javaScriptEnabled: false });
		const w = await watch(context);
		await w.page.goto(base);
		const wrap = w.page.locator('.overview-table .table-wrap');
		const cue = await wrap.evaluate((el) => {
			const style = getComputedStyle(el);
			return {
				scrolls: el.scrollWidth > el.clientWidth,
				shadows: style.backgroundImage.match(/radial-gradient/g)?.length ?? 0,
				covers: style.backgroundImage.match(/linear-gradient/g)?.length ?? 0,
				attachment: style.backgroundAttachment
			};
		});
		expect(cue.scrolls).toBe(true);
		// Two shadows fixed at the box's edges, two covers that scroll with the table over them.
		expect(cue.shadows).toBe(2);
		expect(cue.covers).toBe(2);
		expect(cue.attachment).toBe('local, local, scroll, scroll');
		// The right edge is darker than the left while the table starts at its left edge.
		const shot = await wrap.screenshot();
		const edge = await w.page.evaluate(async (png) => {
			const img = new Image();
			img.src = `data:image/png;base64,${png}`;
			await img.decode();
			const canvas = new OffscreenCanvas(img.width, img.height);
			const ctx = canvas.getContext('2d')!;
			ctx.drawImage(img, 0, 0);
			const lightness = (x: number) => {
				const d = ctx.getImageData(x, 0, 1, img.height).data;
				let sum = 0;
				for (let i = 0; i < d.length; i += 4) sum += d[i]! + d[i + 1]! + d[i + 2]!;
				return sum / (d.length / 4);
			};
			return { left: lightness(1), right: lightness(img.width - 2) };
		}, shot.toString('base64'));
		expect(edge.right).toBeLessThan(edge.left - 5);
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
		// The sweep, the matrix and the live charts; the prerendered views; the controls twice; the cue.
		expect(watched.length).toBe(pages.length + 2 + Object.keys(MAIN_CHART).length + 3);
		expect(watched.flatMap((x) => x.offOrigin)).toEqual([]);
		expect(watched.flatMap((x) => x.consoleErrors)).toEqual([]);
	});
});
