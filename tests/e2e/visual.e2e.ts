import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { e2eSuite } from './suite';

/*
 * The visual system (issue #20): the header's sections and current page, the dark scheme and its
 * toggle, caveats folded to one line, /sources with a table of contents and each caveat once,
 * and printing a chart page as a brief.
 */

const { base, browser, watch, expectCleanRun } = e2eSuite();

async function open(context: BrowserContext, path = ''): Promise<Page> {
	const { page } = await watch(context);
	await page.goto(base + path);
	return page;
}

/** Mean relative luminance (0–1) of a PNG, decoded on a blank page of the same browser. */
async function meanLuminance(context: BrowserContext, png: Buffer): Promise<number> {
	const scratch = await context.newPage();
	const mean = await scratch.evaluate(
		async (src) => {
			const img = new Image();
			img.src = src;
			await img.decode();
			const canvas = new OffscreenCanvas(img.width, img.height);
			const ctx = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
			ctx.drawImage(img, 0, 0);
			const { data } = ctx.getImageData(0, 0, img.width, img.height);
			let sum = 0;
			for (let i = 0; i < data.length; i += 4)
				sum += (0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]!) / 255;
			return sum / (data.length / 4);
		},
		`data:image/png;base64,${png.toString('base64')}`
	);
	await scratch.close();
	return mean;
}

const theme = (page: Page) => page.evaluate(() => document.documentElement.dataset.theme ?? null);

describe('visual system', { timeout: 120_000 }, () => {
	it('names every section in the header and marks the current one', async () => {
		const context = await browser().newContext();
		for (const [path, current] of [
			['', 'Overview'],
			['explore/', 'Explore'],
			['country/EST/', 'Countries'],
			['sources/', 'Sources']
		] as const) {
			const page = await open(context, path);
			const nav = page.locator('header nav[aria-label=Sections]');
			expect(await nav.locator('a').allTextContents()).toEqual([
				'Overview',
				'Explore',
				'Strategies',
				'Countries',
				'Analysis',
				'Services',
				'SQL',
				'Sources'
			]);
			expect(await nav.locator('a[aria-current=page]').allTextContents(), path).toEqual([current]);
			await page.close();
		}
		await context.close();
	});

	it('follows a dark system scheme, and draws the prerendered chart in it', async () => {
		const shots: Record<string, number> = {};
		for (const colorScheme of ['light', 'dark'] as const) {
			const context = await browser().newContext({
				colorScheme,
				viewport: { width: 1280, height: 800 }
			});
			const page = await open(context, 'explore/');
			await page.waitForSelector('.chart svg');
			expect(await theme(page)).toBeNull();
			const chart = page.locator('.plot-area').first();
			shots[colorScheme] = await meanLuminance(context, await chart.screenshot());
			// The chart's text takes the page's colour, and a country's line its scheme's variant.
			const ink = await page.evaluate(() => {
				const svg = document.querySelector('.chart svg') as SVGSVGElement;
				const line = svg.querySelector('[stroke*="--country-"]');
				return {
					text: getComputedStyle(svg).color,
					body: getComputedStyle(document.body).backgroundColor,
					line: line ? getComputedStyle(line).stroke : null
				};
			});
			expect(ink.line).not.toBeNull();
			if (colorScheme === 'dark') {
				expect(ink.body).toBe('rgb(21, 23, 26)');
				expect(ink.text).toBe('rgb(232, 230, 227)');
			} else expect(ink.body).toBe('rgb(255, 255, 255)');
			await context.close();
		}
		// The same chart, compared as pictures: mostly light paper in one, mostly dark in the other.
		expect(shots.light).toBeGreaterThan(0.8);
		expect(shots.dark).toBeLessThan(0.25);
	});

	it('keeps the visitor’s choice of scheme from the toggle across visits', async () => {
		const context = await browser().newContext({ colorScheme: 'light' });
		const page = await open(context, 'sources/');
		const toggle = page.locator('[data-testid=theme-toggle]');
		await page.waitForSelector('[data-testid=theme-toggle][data-ready=true][aria-pressed=false]', {
			timeout: 60_000
		});
		await toggle.click();
		await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark', null, {
			timeout: 60_000
		});
		expect(await toggle.getAttribute('aria-pressed')).toBe('true');
		expect(await page.evaluate(() => localStorage.getItem('egov-theme'))).toBe('dark');
		await page.goto(base);
		await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark', null, {
			timeout: 60_000
		});
		expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
			'rgb(21, 23, 26)'
		);
		await page.waitForSelector('[data-testid=theme-toggle][data-ready=true]', { timeout: 60_000 });
		await page.click('[data-testid=theme-toggle]');
		await page.waitForFunction(() => document.documentElement.dataset.theme === 'light', null, {
			timeout: 60_000
		});
		expect(await page.evaluate(() => localStorage.getItem('egov-theme'))).toBe('light');
		await context.close();
	});

	it('names a chart’s caveats in one line that opens to the notes', async () => {
		const context = await browser().newContext({ viewport: { width: 390, height: 844 } });
		for (const path of [
			'explore/?indicator=eu_egov.overall~un_egdi.egdi~desi2022.dps_egov_users',
			'country/EST/'
		]) {
			const page = await open(context, path);
			const note = page.locator('[data-testid=caveats]').first();
			await note.waitFor();
			const summary = note.locator('summary');
			expect((await summary.boundingBox())!.height, path).toBeLessThan(30);
			expect(await summary.textContent()).toMatch(/^(Caveat|\d+ caveats):/);
			expect(await note.locator('li').first().isVisible()).toBe(false);
			await summary.click();
			expect(await note.locator('li').first().isVisible()).toBe(true);
			await page.close();
		}
		await context.close();
	});
});

describe('/sources', () => {
	it('has a table of contents, says each shared caveat once and fits 15 phone screens', async () => {
		const context = await browser().newContext({ viewport: { width: 390, height: 844 } });
		const page = await open(context, 'sources/');
		const targets = await page
			.locator('[data-testid=toc] a')
			.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
		expect(targets.length).toBeGreaterThanOrEqual(8);
		for (const id of targets) expect(await page.locator(`[id="${id}"]`).count(), id).toBe(1);
		// Within each source, a caveat its indicators share is said once.
		const sections = page.locator('section:has([data-testid=source-caveats])');
		expect(await sections.count()).toBeGreaterThanOrEqual(6);
		for (const section of await sections.all()) {
			const text = (await section.textContent()) ?? '';
			for (const sentence of await section
				.locator('[data-testid=source-caveats] li')
				.allTextContents())
				expect(text.split(sentence).length - 1, sentence).toBe(1);
		}
		const height = await page.evaluate(() => document.documentElement.scrollHeight);
		expect(height).toBeLessThanOrEqual(15 * 844);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			390
		);
		await context.close();
	});
});

describe('print', { timeout: 120_000 }, () => {
	it('prints a chart page as a brief: title, reading, chart, source and link, no controls', async () => {
		const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
		const page = await open(context, 'explore/');
		await page.waitForSelector('[data-testid=print-link]', { state: 'attached', timeout: 60_000 });
		await page.emulateMedia({ media: 'print' });
		const visible = (selector: string) =>
			page
				.locator(selector)
				.evaluateAll((els) =>
					els
						.filter(
							(e) => (e as HTMLElement).offsetParent !== null || e.getClientRects().length > 0
						)
						.map((e) => (e as HTMLElement).innerText.trim())
				);
		expect(await visible('button, select, input, textarea, nav')).toEqual([]);
		expect(await visible('h1')).toEqual(['Explore the benchmarks']);
		const [title] = await visible('.frame .frame-title');
		expect(title).toBeTruthy();
		expect((await visible('.frame .subtitle'))[0]).toMatch(/\d{4} to \d{4}/);
		expect((await visible('.frame .source'))[0]).toMatch(/UN DESA|United Nations/);
		const [link] = await visible('[data-testid=print-link]');
		expect(link).toContain(`${base}explore/?`);
		expect(link).toContain('indicator=');
		expect(await page.locator('.frame .chart svg').first().isVisible()).toBe(true);
		const pdf = await page.pdf({ format: 'A4', printBackground: false });
		const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
		expect(pages).toBeGreaterThanOrEqual(1);
		expect(pages).toBeLessThanOrEqual(2);
		await context.close();
	});

	expectCleanRun(8);
});
