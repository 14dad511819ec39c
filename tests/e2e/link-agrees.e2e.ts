import { describe, expect, it } from 'vitest';
import { holdEngine } from './browser';
import { framesOf, longestDisagreement, recordFrames, type Frame } from './frames';
import { e2eSuite } from './suite';

/*
 * Issue 19: a cold link never shows a chart under a title, subtitle or description of another
 * state. Every animation frame of the chart's frame is recorded from the first one; the engine is
 * held back so that the link's answer stays pending for a while, then let go. The chart's own
 * description (drawn by the chart spec from its rows) is compared with the frame's text.
 */
const { base, browser, watch, expectCleanRun } = e2eSuite();

interface LinkCase {
	name: string;
	link: string;
	root: string;
	agree: (f: Frame) => boolean;
	/** The link's own chart is drawn at the end. */
	final: (f: Frame) => void;
}

const HOME_LINK = '?indicator=eu_egov.overall&country=DNK~EST~DEU~FIN&view=rank';

const CASES: LinkCase[] = [
	{
		name: 'home',
		link: HOME_LINK,
		root: '[data-testid=home-chart]',
		agree: ({ title, charts: [chart, ...more] }) =>
			chart !== undefined &&
			more.length === 0 &&
			(title.startsWith('Rank on the ')
				? chart.startsWith(`Rank on ${title.slice('Rank on the '.length)},`)
				: chart.startsWith(`${title} (`)),
		final: (f) => {
			expect(f.title).toMatch(/^Rank on the /);
			expect(f.charts[0]).toContain('Finland');
			expect(f.charts[0]).not.toContain('Belgium');
		}
	},
	{
		name: 'explore',
		link: 'explore/?indicator=un_egdi.egdi~eu_egov.user_centricity~desi2022.dps&group=eu27&norm=index',
		root: '.results figure.frame',
		agree: ({ title, charts }) => {
			const many = /^(\d+) indicators: (.*)$/.exec(title);
			const count = many ? Number(many[1]) : 1;
			const labels = many?.[2] ?? title;
			return (
				charts.length === count &&
				charts.every((c) => {
					const label = /^(?:Rank on )?(.+?)(?:,| \(| among)/.exec(c)?.[1];
					return !!label && (many ? labels.includes(label) : label === title);
				})
			);
		},
		final: (f) => {
			expect(f.title).toMatch(/^3 indicators: /);
			for (const c of f.charts) expect(c).toContain('index (EU27 average = 100)');
		}
	},
	{
		name: 'analysis',
		link: 'analysis/?feature=vertical_collaboration&measure=gap&laws=1',
		root: '[data-testid=analysis-chart] figure.frame',
		agree: ({ title, charts: [chart, ...more] }) => {
			const what = title.replace(/ around each strategy's launch$/, '');
			return (
				more.length === 0 && what !== title && !!chart?.startsWith(`${what} from the last edition`)
			);
		},
		final: (f) => expect(f.title).toMatch(/^Vertical collaboration: .*gap/i)
	},
	{
		name: 'strategies',
		link: 'strategies/?pick=first',
		root: '#matrix figure.frame',
		agree: ({ subtitle, charts: [chart, ...more] }) => {
			const shown = /^Each row shows (.+)\. Select a cell/.exec(subtitle)?.[1];
			return more.length === 0 && !!shown && !!chart?.includes(`each row shows ${shown}.`);
		},
		final: (f) => expect(f.subtitle).toMatch(/first/)
	},
	{
		name: 'services',
		link: 'services/?event=family&measure=portal',
		root: 'figure.frame:has([data-testid=measure])',
		agree: ({ title, charts: [chart, ...more] }) => {
			const [measure = '', event = ''] = title.split(': ');
			return (
				more.length === 0 && !!measure && !!chart?.startsWith(measure) && chart.includes(event)
			);
		},
		final: (f) => expect(f.title).toMatch(/: Family$/)
	}
];

describe('a cold link never shows a chart that disagrees with its text', () => {
	for (const c of CASES) {
		it(`${c.name}: no frame disagrees for more than 100 ms, and the link's chart comes`, async () => {
			const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
			await recordFrames(context, c.root);
			const release = await holdEngine(context);
			const { page } = await watch(context);
			await page.goto(base + c.link);
			// While the engine is held, the link's answer is pending and the chart says so.
			await page.waitForSelector(`${c.root} [aria-busy=true]`);
			await page.waitForSelector(`${c.root} [data-testid=chart-updating]`);
			release();
			await page.waitForSelector(`${c.root} .chart[data-live=true] svg`, { timeout: 60_000 });
			await page.waitForFunction(
				(root) => !document.querySelector(`${root} [aria-busy=true]`),
				c.root,
				{ timeout: 60_000 }
			);
			// One more frame, so that the settled state is recorded.
			await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
			const frames = await framesOf(page);
			await context.close();
			expect(frames.length).toBeGreaterThan(10);
			expect(frames.some((f) => f.busy)).toBe(true);
			const bad = frames.filter((f) => !c.agree(f));
			expect(
				longestDisagreement(frames, c.agree),
				JSON.stringify([bad[0], bad.at(-1)])
			).toBeLessThanOrEqual(100);
			const last = frames.at(-1) as Frame;
			expect(last.busy).toBe(false);
			expect(c.agree(last)).toBe(true);
			c.final(last);
		}, 150_000);
	}
});

describe('a home link with chart state opens at its chart', () => {
	const VIEWPORTS = [
		{ width: 1280, height: 800 },
		{ width: 390, height: 844 }
	];
	for (const viewport of VIEWPORTS) {
		it(`at ${viewport.width}×${viewport.height} the chart is on the first screen`, async () => {
			const context = await browser().newContext({ viewport });
			const { page } = await watch(context);
			await page.goto(`${base}${HOME_LINK}`);
			// The chart's top is on the screen, and at least 200 px of it (all of it if shorter).
			await page.waitForFunction(() => {
				const box = document
					.querySelector('[data-testid=home-chart] .plot-area')
					?.getBoundingClientRect();
				if (!box || box.top < 0) return false;
				return Math.min(box.bottom, window.innerHeight) - box.top >= Math.min(200, box.height);
			});
			const title = await page.$eval('[data-testid=home-chart] .frame-title', (h) =>
				h.getBoundingClientRect()
			);
			expect(title.top).toBeGreaterThanOrEqual(0);
			await context.close();
		});
	}

	it('the home page without a link stays at its top', async () => {
		const context = await browser().newContext({ viewport: VIEWPORTS[0] });
		const { page } = await watch(context);
		await page.goto(base);
		await page.waitForSelector('[data-testid=home-chart] .chart[data-live=true] svg', {
			timeout: 30_000
		});
		expect(await page.evaluate(() => window.scrollY)).toBe(0);
		await context.close();
	});
	expectCleanRun(CASES.length + 2);
});
