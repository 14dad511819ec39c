import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { inflateSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';
import { e2eSuite } from './suite';

const { base, origin, browser, watch, expectCleanRun } = e2eSuite();

async function open(context: BrowserContext, path = ''): Promise<Page> {
	const w = await watch(context);
	await w.page.goto(base + path);
	return w.page;
}

const engineReady = (page: Page) =>
	page.waitForSelector('.chart[data-live=true] svg', { timeout: 30_000 });
const chartText = (page: Page) =>
	page.locator('[data-testid=home-chart] .chart svg').first().textContent();

async function download(page: Page, testid: string): Promise<Buffer> {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.click(`[data-testid=${testid}]`)
	]);
	return readFile((await file.path()) as string);
}

describe('share, embed, download, cite', () => {
	it('shares an overview panel as the interactive chart on its benchmark, and its CSV says what it is', async () => {
		const context = await browser().newContext({ acceptDownloads: true });
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
		const page = await open(context);
		await engineReady(page);
		const panel = '[data-testid=overview-panel][data-indicator="eu_egov.overall"]';
		await page.click(`${panel} [data-testid=share-menu]`);
		await page.click(`${panel} [data-testid=copy-link]`);
		await page.waitForSelector(`${panel} [data-testid=copy-confirmation]`);
		const link = await page.evaluate(() => navigator.clipboard.readText());
		expect(link).toBe(
			`${base}?indicator=eu_egov.overall&country=BEL~DNK~EST~DEU~GBR&view=score&marks=strategies`
		);
		await page.click(`${panel} [data-testid=download-menu]`);
		const csv = parseCsv((await download(page, 'download-csv')).toString('utf8'));
		expect(csv[0]).toEqual(
			expect.arrayContaining(['name', 'year', 'value', 'indicator', 'source'])
		);
		const estonia2023 = csv.find((r) => r[0] === 'Estonia' && r[1] === '2023');
		expect(Number(estonia2023?.[2])).toBeCloseTo(92.0, 1);
		expect(estonia2023?.join()).toContain('European Commission');
		await context.close();
	});

	it('copies a full link after the controls change, and a fresh browser shows the same chart', async () => {
		const context = await browser().newContext();
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
		const page = await open(context);
		await engineReady(page);
		await page.selectOption('[data-testid=indicator]', 'eu_egov.overall');
		await page.check('input[value=rank]');
		await page.selectOption('[data-testid=add-country]', 'FRA');
		// The axis gives the unit alone; the chart's accessible name says what it shows.
		await page.waitForFunction(() => {
			const svg = document.querySelector('[data-testid=home-chart] .chart svg');
			return (
				!!svg?.textContent?.includes('France') &&
				!!svg.getAttribute('aria-label')?.startsWith('Rank on Overall score')
			);
		});
		await page.click('[data-testid=home-chart] [data-testid=share-menu]');
		await page.click('[data-testid=copy-link]');
		await page.waitForSelector('[data-testid=copy-confirmation]');
		const link = await page.evaluate(() => navigator.clipboard.readText());
		expect(link).toBe(
			`${base}?indicator=eu_egov.overall&country=BEL~DNK~EST~DEU~GBR~FRA&view=rank`
		);
		const shown = await chartText(page);

		const fresh = await browser().newContext();
		const other = await open(fresh, link.slice(base.length));
		await engineReady(other);
		await other.waitForFunction(
			(text) => document.querySelector('[data-testid=home-chart] .chart svg')?.textContent === text,
			shown
		);
		expect(await other.inputValue('[data-testid=indicator]')).toBe('eu_egov.overall');
		await Promise.all([context.close(), fresh.close()]);
	});

	it('writes the defaults into a link copied from the default view', async () => {
		const context = await browser().newContext();
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
		const page = await open(context);
		await engineReady(page);
		await page.click('[data-testid=home-chart] [data-testid=share-menu]');
		await page.click('[data-testid=copy-link]');
		await page.waitForSelector('[data-testid=copy-confirmation]');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			`${base}?indicator=un_egdi.egdi&country=BEL~DNK~EST~DEU~GBR&view=score`
		);
		expect(await page.inputValue('[data-testid=embed-code]')).toContain(
			`src="${base}?indicator=un_egdi.egdi&amp;country=BEL~DNK~EST~DEU~GBR&amp;view=score&amp;embed"`
		);
		await context.close();
	});

	it('shows the link in a selected field when the clipboard is unavailable', async () => {
		const context = await browser().newContext();
		await context.addInitScript(() =>
			Object.defineProperty(navigator, 'clipboard', { value: undefined })
		);
		const page = await open(context, '?country=EST');
		await engineReady(page);
		await page.click('[data-testid=home-chart] [data-testid=share-menu]');
		await page.click('[data-testid=copy-link]');
		const field = page.locator('[data-testid=share-url]');
		await field.waitFor();
		expect(await field.inputValue()).toBe(`${base}?indicator=un_egdi.egdi&country=EST&view=score`);
		expect(
			await field.evaluate((el: HTMLInputElement) => el.selectionEnd! - el.selectionStart!)
		).toBe((await field.inputValue()).length);
		await context.close();
	});

	it('embeds the frame its link names, and fits a chart that sits beside a table', async () => {
		const context = await browser().newContext({ viewport: { width: 600, height: 400 } });
		const page = await open(context, 'strategies/?embed=timeline');
		const frames = page.locator('figure.frame:visible');
		// Once the app has read the link, one frame is shown, with its link to the full view.
		await page.waitForFunction(
			() =>
				[...document.querySelectorAll('[data-testid=embed-full-link]')].filter(
					(a) => (a as HTMLElement).offsetParent !== null
				).length === 1
		);
		expect(await frames.count()).toBe(1);
		expect(await frames.locator('.frame-title').textContent()).toContain('Strategies, laws');
		// A long timeline scrolls inside its frame; the page itself settles at the iframe's size.
		await page.waitForFunction(() => document.documentElement.scrollHeight <= 400);
		await page.goto(`${base}analysis/?embed`);
		await page.locator('[data-testid=embed-full-link]:visible').waitFor();
		// The chart, fitted to the frame once the embed is laid out, sits above its source line.
		await page.waitForFunction(() => {
			const frame = [...document.querySelectorAll('figure.frame')].find(
				(f) => (f as HTMLElement).offsetParent !== null
			);
			const chart = frame?.querySelector('.chart svg[aria-label]')?.getBoundingClientRect();
			const source = frame?.querySelector('.source')?.getBoundingClientRect();
			return !!chart && !!source && chart.height > 100 && chart.bottom <= source.top + 1;
		});
		await context.close();

		// The timeline's own Share gives the embed code that names it.
		const wide = await browser().newContext();
		const strategies = await open(wide, 'strategies/');
		// Hydrated: the marks get their pressed state only from the app.
		await strategies.waitForSelector('[data-key][aria-pressed]', { state: 'attached' });
		const timeline = strategies.locator('figure.frame', { hasText: 'Strategies, laws' });
		await timeline.locator('[data-testid=share-menu]').click();
		expect(await timeline.locator('[data-testid=embed-code]').inputValue()).toMatch(
			/strategies\/\?(?:[^"]*&amp;)?embed=timeline"/
		);
		await wide.close();
	});

	it('embeds the chart alone at 600×400, with a link back to the full view', async () => {
		const context = await browser().newContext({ viewport: { width: 600, height: 400 } });
		const page = await open(context, '?country=EST~FRA&view=rank&embed');
		await engineReady(page);
		await page.waitForFunction(() =>
			document.querySelector('[data-testid=home-chart] .chart svg')?.textContent?.includes('France')
		);
		await page.waitForSelector('[data-testid=embed-full-link]');
		for (const hidden of ['a.home', 'footer', '.controls', '.picker', '[data-testid=share-menu]'])
			expect(await page.locator(hidden).isVisible(), hidden).toBe(false);
		expect(await page.locator('h1').isVisible()).toBe(false);
		expect(await page.locator('.frame .frame-title').textContent()).toContain('Rank on');
		// On the page the chart's title is an h3 under a section's h2; embedded, nothing is above it.
		expect(await page.locator('.frame .frame-title').evaluate((h) => h.tagName)).toBe('H2');
		expect(await page.locator('.frame .source').isVisible()).toBe(true);
		expect(await page.getAttribute('[data-testid=embed-full-link]', 'href')).toBe(
			`${base}?indicator=un_egdi.egdi&country=EST~FRA&view=rank`
		);
		const box = await page.locator('[data-testid=home-chart] .chart svg').first().boundingBox();
		expect(box!.width).toBeLessThanOrEqual(600);
		expect(box!.y + box!.height).toBeLessThanOrEqual(400);
		expect(box!.height).toBeGreaterThan(100);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			600
		);
		expect(page.url()).toContain('embed');
		await context.close();
	});

	it('downloads a valid SVG and a 2× PNG with title, source line and date', async () => {
		const context = await browser().newContext();
		const page = await open(context, '?country=EST~DNK');
		await engineReady(page);
		await page.click('[data-testid=home-chart] [data-testid=download-menu]');
		const svg = (await download(page, 'download-svg')).toString('utf8');
		const parsed = await page.evaluate((text) => {
			const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
			const root = doc.documentElement;
			return {
				error: doc.querySelector('parsererror')?.textContent ?? null,
				name: root.nodeName,
				width: Number(root.getAttribute('width')),
				texts: [...root.querySelectorAll(':scope > text')].map((t) => t.textContent),
				chart: root.querySelector('g > svg')?.textContent ?? ''
			};
		}, svg);
		expect(parsed.error).toBeNull();
		expect(parsed.name).toBe('svg');
		expect(parsed.texts[0]).toBe('E-Government Development Index');
		expect(parsed.texts.join(' ')).toContain('Source: UN E-Government Survey');
		expect(parsed.texts.join(' ')).toMatch(
			new RegExp(`Downloaded \\d{4}-\\d\\d-\\d\\d from ${base.replaceAll('.', '\\.')}`)
		);
		expect(parsed.chart).toContain('Estonia');
		expect(parsed.chart).not.toContain('Belgium');

		const png = await download(page, 'download-png');
		expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		expect(png.readUInt32BE(16)).toBe(2 * parsed.width);
		const pixels = new Set(inflateSync(idat(png)).subarray(0, 400_000));
		expect(pixels.size).toBeGreaterThan(10);
		await context.close();
	});

	it("downloads a CSV whose numbers match the chart's table, with provenance columns", async () => {
		const context = await browser().newContext();
		const page = await open(context, '?indicator=eu_egov.overall&country=EST~DEU');
		await engineReady(page);
		await page.waitForFunction(() =>
			document
				.querySelector('[data-testid=home-chart] .chart svg')
				?.getAttribute('aria-label')
				?.startsWith('Overall score')
		);
		await page.click('[data-testid=home-chart] [data-testid=download-menu]');
		const [header, ...rows] = parseCsv((await download(page, 'download-csv')).toString('utf8'));
		expect(header).toEqual([
			'country',
			'name',
			'year',
			'value',
			'flag',
			'role',
			'value_status',
			'indicator_id',
			'indicator',
			'unit',
			'source_id',
			'source',
			'edition',
			'source_url',
			'licence',
			'licence_url'
		]);
		await page.click('[data-testid=home-chart] [data-testid=table-toggle]');
		const table = await page.$$eval('[data-testid=data-table] tbody tr', (trs) =>
			trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''))
		);
		expect(rows).toHaveLength(table.length);
		expect(table.length).toBeGreaterThan(10);
		for (const [name, year, value] of table) {
			const row = rows.find((r) => r[1] === name && r[2] === year);
			expect(row, `${name} ${year}`).toBeDefined();
			// The CSV keeps the one decimal the Commission prints; the table shows three.
			expect(row![3]).toMatch(/^\d+(\.\d)?$/);
			expect(Math.abs(Number(row![3]) - Number(value))).toBeLessThanOrEqual(0.0505);
			expect(row![6]).toBe('published');
			expect(row![7]).toBe('eu_egov.overall');
			expect(row![10]).toBe('eu_egov');
			expect(row![12]).toBe(year);
			expect(row![13]).toMatch(/^https:\/\/digital-strategy\.ec\.europa\.eu\//);
			expect(row![14]).toBe('CC-BY-4.0');
			expect(row![15]).toMatch(/^https:\/\//);
		}
		await context.close();
	});

	it('cites the chart and its source in APA and BibTeX', async () => {
		const context = await browser().newContext();
		const page = await open(context, '?view=rank');
		await engineReady(page);
		await page.click('[data-testid=home-chart] [data-testid=cite-menu]');
		const apa = await page.locator('[data-testid=cite-apa]').textContent();
		expect(apa).toContain('The e-government strategy dashboard contributors.');
		expect(apa).toContain(`${base}?indicator=un_egdi.egdi&country=BEL~DNK~EST~DEU~GBR&view=rank`);
		expect(apa).toContain('United Nations Department of Economic and Social Affairs. (2003–2024)');
		await page.check('input[value=bibtex]');
		const bib = await page.inputValue('[data-testid=cite-bibtex]');
		expect(bib).toMatch(/^@misc\{egovdashboard\d{4},/);
		expect(bib).toContain('@misc{unegdi2003,');
		await context.close();
	});

	it('closes a menu with Escape from inside it and puts focus back on its button', async () => {
		const context = await browser().newContext();
		const page = await open(context, 'explore/');
		await engineReady(page);
		const button = page.locator('[data-testid=share-menu]').first();
		await button.focus();
		await page.keyboard.press('Enter');
		await page.waitForSelector('.panel[role=region]');
		expect(await button.getAttribute('aria-expanded')).toBe('true');
		await page.keyboard.press('Tab'); // into the menu
		await page.keyboard.press('Escape');
		await page.waitForSelector('.panel[role=region]', { state: 'detached' });
		expect(await button.getAttribute('aria-expanded')).toBe('false');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
			'share-menu'
		);
		await context.close();
	});

	it('renders injected markup in any parameter as text, and never runs it', async () => {
		const context = await browser().newContext();
		const page = await open(
			context,
			'?indicator=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&country=EST~%3Csvg%20onload%3Dalert(2)%3E&view=%22%3E%3Cscript%3Ealert(3)%3C/script%3E&embed%3Cb%3E=1'
		);
		let dialogs = 0;
		page.on('dialog', (d) => (dialogs++, void d.dismiss()));
		await engineReady(page);
		const notice = await page.locator('[data-testid=notice]').textContent();
		expect(notice).toContain('<img src=x onerror=alert(1)>');
		expect(await page.locator('main img, main script, .notice svg').count()).toBe(0);
		await page.click('[data-testid=home-chart] [data-testid=cite-menu]');
		expect(await page.locator('[data-testid=cite-apa]').textContent()).not.toContain('<');
		expect(dialogs).toBe(0);
		await context.close();
	});

	it('links the data package, with CSV made at build time, from /sources', async () => {
		const context = await browser().newContext();
		const page = await open(context, 'sources/');
		const links = await page.$$eval('[data-testid=download-package] a', (as) =>
			as.map((a) => (a as HTMLAnchorElement).href)
		);
		expect(links).toContain(`${base}data/datapackage.json`);
		expect(links).toContain(`${base}data/observations.parquet`);
		expect(links).toContain(`${base}data/csv/observations.csv`);
		const csv = await (await fetch(`${base}data/csv/sources.csv`)).text();
		expect(csv.split('\r\n')[0]).toBe(
			'source_id,publisher,title,editions,licence,licence_id,licence_url,citation,url,origin'
		);
		expect(csv).toContain(
			'un_egdi,United Nations Department of Economic and Social Affairs (UN DESA)'
		);
		for (const href of links)
			expect((await fetch(href, { method: 'HEAD' })).status, href).toBe(200);
		await context.close();
	});

	it('gives the home page social meta with a PNG preview drawn at build time', async () => {
		const html = await (await fetch(base)).text();
		const meta = (property: string) =>
			new RegExp(`<meta property="${property}" content="([^"]+)"`).exec(html)?.[1];
		expect(meta('og:title')).toBe('E-government strategies and progress in Europe');
		// Facebook, LinkedIn, X and Slack take PNG or JPEG, not SVG, and want 1200×630.
		const image = meta('og:image') as string;
		expect(image).toMatch(/\/og\/home\.png$/);
		expect([meta('og:image:type'), meta('og:image:width'), meta('og:image:height')]).toEqual([
			'image/png',
			'1200',
			'630'
		]);
		expect(existsSync(`${process.env.BUILD_DIR ?? 'build'}/og/home.png`)).toBe(true);
		const response = await fetch(new URL(image, base));
		expect(response.headers.get('content-type')).toBe('image/png');
		const png = Buffer.from(await response.arrayBuffer());
		expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
		expect(new Set(inflateSync(idat(png))).size, 'a blank image').toBeGreaterThan(50);
		// The SVG it is drawn from stays beside it.
		const svg = await (await fetch(new URL(image.replace(/\.png$/, '.svg'), base))).text();
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
		expect(svg).toContain('>Estonia</text>');
	});

	expectCleanRun(6);
});

/** The PNG's image data: its IDAT chunks joined. */
function idat(png: Buffer): Buffer {
	const parts: Buffer[] = [];
	for (let at = 8; at < png.length;) {
		const length = png.readUInt32BE(at);
		if (png.toString('latin1', at + 4, at + 8) === 'IDAT')
			parts.push(png.subarray(at + 8, at + 8 + length));
		at += 12 + length;
	}
	return Buffer.concat(parts);
}
