import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { holdWasm } from './browser';
import { e2eSuite } from './suite';

/*
 * Issue 19: a cold link draws its own chart from the result files built with the site, without
 * the engine; once the engine is ready it draws the same chart again from its own answer.
 */
const { base, browser, watch, expectCleanRun } = e2eSuite();

interface EarlyCase {
	name: string;
	link: string;
	root: string;
	/** The link's own chart, as drawn from the result files. */
	expectLink: (drawn: Drawn) => void;
}

interface Drawn {
	title: string;
	charts: string[];
	paths: string[];
}

const CASES: EarlyCase[] = [
	{
		name: 'home',
		link: '?indicator=eu_egov.overall&country=DNK~EST~DEU~FIN&view=rank',
		root: '[data-testid=home-chart]',
		expectLink: ({ title, charts, paths }) => {
			expect(title).toBe('Rank on the Overall score');
			expect(charts).toHaveLength(1);
			expect(charts[0]).toMatch(/^Rank on Overall score,/);
			for (const name of ['Denmark', 'Estonia', 'Germany', 'Finland'])
				expect(charts[0]).toContain(name);
			expect(paths.length).toBeGreaterThan(4);
			expect(charts[0]).not.toContain('Belgium');
		}
	},
	{
		name: 'explore',
		link: 'explore/?indicator=un_egdi.egdi~eu_egov.user_centricity~desi2022.dps&group=eu27&norm=index',
		root: '.results',
		expectLink: ({ title, charts, paths }) => {
			expect(title).toMatch(/^3 indicators: /);
			expect(charts).toHaveLength(3);
			for (const c of charts) expect(c).toContain('index (EU27 average = 100)');
			expect(paths.length).toBeGreaterThan(3);
		}
	},
	{
		name: 'home with strategy launches marked',
		link: '?country=EST~DNK~DEU&marks=strategies',
		root: '[data-testid=home-chart]',
		expectLink: ({ charts }) => {
			expect(charts).toHaveLength(1);
			for (const name of ['Estonia', 'Denmark', 'Germany']) expect(charts[0]).toContain(name);
			expect(charts[0]).not.toContain('Belgium');
			const marked = /Marked: (\d+) strategy launches/.exec(charts[0] ?? '');
			expect(Number(marked?.[1])).toBeGreaterThan(5);
		}
	},
	{
		name: 'analysis',
		link: 'analysis/?feature=once_only&indicator=eu_egov.overall&before=3&laws=1',
		root: '[data-testid=analysis-chart]',
		expectLink: ({ title, charts, paths }) => {
			expect(title).toMatch(/^Once-only principle: change in Overall score/);
			expect(charts).toHaveLength(1);
			expect(charts[0]).toMatch(/^Once-only principle: /);
			expect(paths.length).toBeGreaterThan(3);
		}
	},
	{
		name: 'strategies',
		link: 'strategies/?pick=deu-2014-digital-agenda',
		root: '#matrix',
		expectLink: ({ title, charts }) => {
			expect(title).toBe('Strategy features by country');
			expect(charts).toHaveLength(1);
			expect(charts[0]).toContain('for its country and the most recent coded strategy');
			expect(charts[0]).toMatch(/Germany, [^;]+\(2014\)/);
		}
	}
];

/** What the chart frame at `root` shows: its title, its charts' descriptions and drawn paths. */
const drawnIn = (page: Page, root: string): Promise<Drawn> =>
	page.$eval(root, (frame) => ({
		title: frame.querySelector('.frame-title')?.textContent?.trim() ?? '',
		charts: [...frame.querySelectorAll('.plot-area svg[aria-description]')].map(
			(svg) => svg.getAttribute('aria-description') ?? ''
		),
		paths: [...frame.querySelectorAll('.plot-area svg path')].map((p) => p.getAttribute('d') ?? '')
	}));

describe('a cold link draws its own chart before the engine is ready', () => {
	for (const c of CASES) {
		it(`${c.name}: from the result files, then the same from the engine`, async () => {
			const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
			const release = await holdWasm(context);
			const { page } = await watch(context);
			await page.goto(base + c.link);
			await page.waitForSelector(`${c.root}[data-drawn-from=early] .chart[data-live=true] svg`);
			await page.waitForFunction(
				(root) => !document.querySelector(`${root} [aria-busy=true]`),
				c.root
			);
			expect(
				await page.evaluate(() => performance.getEntriesByName('egov:engine-ready').length)
			).toBe(0);
			const early = await drawnIn(page, c.root);
			c.expectLink(early);

			release();
			await page.waitForSelector(`${c.root}[data-drawn-from=engine] .chart[data-live=true] svg`, {
				timeout: 60_000
			});
			expect(await drawnIn(page, c.root)).toEqual(early);
			await context.close();
		}, 90_000);
	}
	it('services: the link’s own grid and summary from the result files, then the engine’s', async () => {
		const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
		const release = await holdWasm(context);
		const { page } = await watch(context);
		await page.goto(`${base}services/?country=EST~FIN~BEL&event=family&edition=2023&level=local`);
		const grid = (from: string) =>
			`section[data-drawn-from=${from}] [data-testid=service-grid][data-pending=false]`;
		await page.waitForSelector(grid('early'));
		expect(
			await page.evaluate(() => performance.getEntriesByName('egov:engine-ready').length)
		).toBe(0);
		const drawn = () =>
			page.evaluate(() => ({
				heading: document.querySelector('section.layout h2')?.textContent?.trim(),
				countries: [
					...new Set(
						[...document.querySelectorAll('[data-testid=service-cell]')].map((c) =>
							c.getAttribute('data-country')
						)
					)
				].sort(),
				grid: document.querySelector('[data-testid=service-grid]')?.textContent,
				summary: document.querySelector('[data-testid=service-summary]')?.textContent
			}));
		const early = await drawn();
		// The link's life event, report and countries, not the prerendered default's.
		expect(early.heading).toBe('Family: national services, 2023 report');
		// (Finland has no local family service in that report: a country can have no row.)
		expect(early.countries.length).toBeGreaterThan(1);
		for (const c of early.countries) expect(['BEL', 'EST', 'FIN']).toContain(c);
		expect(early.summary).toContain('Finland');
		expect(early.summary).not.toContain('Germany');

		release();
		await page.waitForSelector(grid('engine'), { timeout: 60_000 });
		expect(await drawn()).toEqual(early);
		await context.close();
	}, 90_000);

	expectCleanRun(CASES.length);
});

/** When a resource whose URL contains `part` was requested (ms), or null if it was not. */
const requestedAt = (page: Page, part: string) =>
	page.evaluate(
		(p) =>
			performance.getEntriesByType('resource').find((e) => e.name.includes(p))?.startTime ?? null,
		part
	);
const markAt = (page: Page, name: string) =>
	page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? null, name);

describe('a cold link’s chart does not wait for what it does not need', () => {
	it('its chart modules load with the app, before it hydrates; a plain address’s do not', async () => {
		const html = await (await fetch(base)).text();
		// The loader's second list: the chunks hinted for links, the chart module first.
		const links = /\}\)\(\[[^\]]*\],\[("[^"]+")/.exec(html)?.[1];
		expect(links, 'the home page hints chunks for links').toBeTruthy();
		const chart = (JSON.parse(links!) as string).split('/').pop()!;

		for (const [address, hinted] of [
			[`${base}?indicator=eu_egov.overall&country=EST~LVA~LTU`, true],
			[base, false]
		] as const) {
			const context = await browser().newContext();
			const release = await holdWasm(context);
			const { page } = await watch(context);
			await page.goto(address);
			await page.waitForSelector('[data-testid=home-chart] .chart[data-live=true] svg');
			const [requested, hydrated] = [
				await requestedAt(page, chart),
				await markAt(page, 'egov:hydrated')
			];
			expect(hydrated).not.toBeNull();
			if (hinted) expect(requested!, address).toBeLessThan(hydrated!);
			else expect(requested === null || requested > hydrated!, address).toBe(true);
			release();
			await context.close();
		}
	}, 60_000);

	it('a /strategies link fetches its result file with the app, once', async () => {
		const context = await browser().newContext();
		const release = await holdWasm(context);
		const { page } = await watch(context);
		await page.goto(`${base}strategies/?pick=first`);
		await page.waitForSelector('#matrix[data-drawn-from=early] .chart[data-live=true] svg');
		const hydrated = await markAt(page, 'egov:hydrated');
		expect(await requestedAt(page, 'results/strategies/matrix.json')).toBeLessThan(hydrated!);
		const fetched = await page.evaluate(
			() =>
				performance
					.getEntriesByType('resource')
					.filter((e) => e.name.includes('results/strategies/matrix.json')).length
		);
		expect(fetched, 'the preload is the fetch the page makes').toBe(1);
		release();
		await context.close();
	}, 60_000);

	it('the engine starts once the link’s chart is drawn from the result files', async () => {
		const context = await browser().newContext();
		const { page } = await watch(context);
		await page.goto(`${base}explore/?indicator=eu_egov.overall&group=none&country=EST`);
		await page.waitForFunction(
			() => performance.getEntriesByName('egov:engine-ready').length,
			null,
			{
				timeout: 60_000
			}
		);
		const [drawn, started, hydrated] = [
			await markAt(page, 'egov:first-live-chart'),
			await markAt(page, 'egov:engine-start'),
			await markAt(page, 'egov:hydrated')
		];
		expect(drawn).not.toBeNull();
		// Held until the chart is drawn; or, where the chart took longer than the 2 s cap (a machine
		// far slower than this one), until the cap. Not held, it would start right after hydration.
		const capped = drawn! - hydrated! > 1900;
		expect(started! >= drawn! || capped, `started ${started}, drawn ${drawn}`).toBe(true);
		const worker = await requestedAt(page, 'duckdb-worker');
		expect(worker!).toBeGreaterThanOrEqual(started!);
		await context.close();
	}, 90_000);
	expectCleanRun(3);
});
