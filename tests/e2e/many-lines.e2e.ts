import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { e2eSuite } from './suite';

const { base, browser, watch, expectCleanRun } = e2eSuite();

const CONTEXT = 'var(--chart-context, #b8b8b8)';

async function openLive(query: string): Promise<Page> {
	const w = await watch(await browser().newContext({ viewport: { width: 1280, height: 900 } }));
	await w.page.goto(`${base}explore/${query}`);
	await w.page.waitForSelector('.chart[data-live=true] .live svg', { timeout: 30_000 });
	return w.page;
}

/** The end labels of the live chart. */
const labels = (page: Page) =>
	page.$$eval('.live svg g[aria-label=text] text', (ts) => ts.map((t) => t.textContent).sort());

/** What the tip shows, and the stroke of the line drawn over the others. */
const pointed = (page: Page) =>
	page.evaluate(() => ({
		tip: [...document.querySelectorAll('.live svg g[aria-label=tip] tspan')]
			.map((t) => t.textContent?.replaceAll('\u200b', ''))
			.join(' | '),
		stroke: document.querySelector('.live svg g.pointed-line path')?.getAttribute('stroke') ?? null
	}));

describe('a chart of the EU27', () => {
	it('colours and names the focus countries and draws the rest as grey context', async () => {
		const page = await openLive('?group=eu27');
		expect(await labels(page)).toEqual([
			'Belgium',
			'Denmark',
			'EU27 average',
			'Estonia',
			'Germany'
		]);
		// The grey lines are layers of their own (one per side of a series break), under the
		// coloured ones: no layer mixes grey with colour.
		const layers = await page.$$eval(
			`.live svg path[stroke="${CONTEXT}"]`,
			(ps, grey) => {
				const groups = new Set(ps.map((p) => p.closest('g')));
				return [...groups].map((g) =>
					[...(g?.querySelectorAll('path') ?? [])].every((q) => q.getAttribute('stroke') === grey)
				);
			},
			CONTEXT
		);
		expect(layers.length).toBeGreaterThan(0);
		expect(layers.every(Boolean)).toBe(true);
		expect(await page.locator(`.live svg path[stroke="${CONTEXT}"]`).count()).toBeGreaterThan(20);
		await page.context().close();
	});

	it('highlights a grey line under the pointer and shows its values in a tip', async () => {
		const page = await openLive('?group=eu27');
		// The end of a context line farthest from any other line's points, in page pixels.
		const at = await page.evaluate((grey) => {
			const svg = document.querySelector('.live svg') as SVGSVGElement;
			const vertices = (p: Element) =>
				[...(p.getAttribute('d') ?? '').matchAll(/[ML]([\d.-]+),([\d.-]+)/g)].map((m) => [
					Number(m[1]),
					Number(m[2])
				]);
			const paths = [...svg.querySelectorAll('g[aria-label=line] path')];
			let best = { d: -1, x: 0, y: 0 };
			for (const p of paths.filter((q) => q.getAttribute('stroke') === grey)) {
				const [x, y] = vertices(p).at(-1) as number[];
				const others = paths.filter((q) => q !== p).flatMap(vertices);
				const d = Math.min(...others.map(([u, v]) => Math.hypot(u! - x!, v! - y!)));
				if (d > best.d) best = { d, x: x!, y: y! };
			}
			const c = new DOMPoint(best.x, best.y).matrixTransform(svg.getScreenCTM()!);
			return { x: c.x, y: c.y };
		}, CONTEXT);
		expect((await pointed(page)).tip).toBe('');
		await page.mouse.move(at.x, at.y);
		await page.waitForFunction(
			() => document.querySelector('.live svg g[aria-label=tip] tspan') !== null
		);
		const { tip, stroke } = await pointed(page);
		expect(tip).toMatch(/^[A-Z][\w ]+, 20\d\d \| [\d.]+ \(index \(0–1\)\)/);
		for (const focus of ['Belgium', 'Denmark', 'Estonia', 'Germany', 'EU27'])
			expect(tip).not.toContain(focus);
		expect(stroke).toBe('var(--chart-ink, #111111)');
		// The other lines step back.
		const opacity = await page.$eval(
			'.live svg g[aria-label=line]:not(.pointed-line)',
			(g) => getComputedStyle(g).opacity
		);
		expect(opacity).toBe('0.35');
		await page.context().close();
	});

	it('reads the values with the keyboard: a Tab stop, then arrows between lines and years', async () => {
		const page = await openLive('?group=eu27');
		const keys = page.locator('[data-testid=chart-keys]');
		// Reached by Tab from the control just before the chart.
		await page
			.locator('.results')
			.first()
			.evaluate((r) => {
				const b = document.createElement('button');
				b.id = 'before-chart';
				r.querySelector('.chart')?.before(b);
			});
		await page.focus('#before-chart');
		await page.keyboard.press('Tab');
		expect(await keys.evaluate((k) => k === document.activeElement)).toBe(true);
		expect(await keys.isVisible()).toBe(true);
		const reading = page.locator('[data-testid=chart-reading]');
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => reading.textContent()).toMatch(/, 2024\. [\d.]+ \(index \(0–1\)\)$/);
		const top = await reading.textContent();
		expect((await pointed(page)).tip).toContain(top!.split('.')[0]!.split(',')[0]!);
		await page.keyboard.press('ArrowDown');
		await expect.poll(() => reading.textContent()).not.toBe(top);
		const second = (await reading.textContent())!;
		expect(second).toMatch(/, 2024\./);
		await page.keyboard.press('ArrowLeft');
		await expect.poll(() => reading.textContent()).toMatch(/, 2022\./);
		expect((await reading.textContent())!.split(',')[0]).toBe(second.split(',')[0]);
		await page.keyboard.press('Escape');
		await expect.poll(async () => (await pointed(page)).tip).toBe('');
		await page.context().close();
	});

	it('takes the focus countries from the link, each in its own colour', async () => {
		const page = await openLive('?group=eu27&focus=SWE~FIN~PRT&ref=');
		expect(await labels(page)).toEqual(['Finland', 'Portugal', 'Sweden']);
		const fills = await page.$$eval('.live svg g[aria-label=text] text', (ts) =>
			ts.map((t) => t.getAttribute('fill'))
		);
		expect(new Set(fills).size).toBe(3);
		await page.context().close();
	});

	it('picks the countries in colour with a small control, written into the link', async () => {
		const page = await openLive('?group=eu27&country=KOR');
		// A country added to the group is in colour with the five.
		await page.waitForFunction(() =>
			[...document.querySelectorAll('.live svg g[aria-label=text] text')].some(
				(t) => t.textContent === 'Korea, Republic of' || t.textContent?.startsWith('Korea')
			)
		);
		await page.click('[data-testid=focus-picker] summary');
		expect(await page.isChecked('[data-testid=focus-BEL]')).toBe(true);
		await page.uncheck('[data-testid=focus-BEL]');
		await page.check('[data-testid=focus-FIN]');
		await page.waitForURL(/focus=DNK~EST~DEU~KOR~FIN|focus=[A-Z~]*FIN/);
		await page.waitForFunction(() =>
			[...document.querySelectorAll('.live svg g[aria-label=text] text')].some(
				(t) => t.textContent === 'Finland'
			)
		);
		expect(await labels(page)).not.toContain('Belgium');
		await page.context().close();
	});

	expectCleanRun(4);
});
