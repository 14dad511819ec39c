/**
 * Cold links on networks: per view, three links that are not the view's default, each opened in a
 * new context (cold cache) and timed to *its own* chart — the chart frame showing, not pending,
 * exactly what the warm engine draws for that link (title, subtitle and each chart's description)
 * — and to engine ready, with the bytes sent; a one-line floor page in the same runs. On loopback
 * and under two networks emulated through the Chrome DevTools Protocol. Writes its own section of
 * BENCHMARKS.md. Usage: tsx scripts/bench-network.ts [--runs 3] [--runs-on slow-4g=1]
 * [--build-dir build] [--networks loopback,broadband,slow-4g] [--views /,/explore] [--no-write]
 * (it does not build)
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch } from '../tests/e2e/browser.ts';
import { watchPaints } from './bench-paint.ts';
import { LINK_VIEWS, NETWORKS, type LinkView, type Network } from './bench-network-plan.ts';
import { formatNetwork, type LinkRun, type NetworkResults } from './bench-network-report.ts';
import { serveStatic } from './static-server.ts';
import { writeMarkedSection } from './bench-section.ts';

const START = '<!-- bench-network:start -->';
const END = '<!-- bench-network:end -->';
const TIMEOUT = 180_000;

/** In the page: what a chart frame shows, or null while it is pending or has no chart drawn. */
const FINGERPRINT = `(frame) => {
	const text = (el) => el?.textContent?.trim() ?? '';
	const area = frame.querySelector('.plot-area') ?? frame;
	if (area.querySelector('[aria-busy=true]')) return null;
	const charts = [...area.querySelectorAll('svg[aria-description]')].map((s) => s.getAttribute('aria-description'));
	if (!charts.length) return null;
	return JSON.stringify([text(frame.querySelector('.frame-title')), text(frame.querySelector('.subtitle')), charts]);
}`;

/**
 * From the document's first frame: once `expected` is given, the time the frame at `root` first
 * shows it; without, what the frame shows once the engine is ready, updated every frame. Kept as
 * attributes of <html>, for `waitForSelector`: the page's CSP forbids the eval that polling needs.
 */
const WATCH = (root: string, expected: string | null, engine: boolean) => `(() => {
	const fingerprint = ${FINGERPRINT};
	// <html> is not there yet when this runs: look it up each time.
	const html = () => document.documentElement;
	let ready = ${!engine};
	const tick = () => {
		const frame = document.querySelector(${JSON.stringify(root)});
		const shown = frame && fingerprint(frame);
		if (${JSON.stringify(expected)} === null) {
			if (ready && shown) html().dataset.egovShown = shown;
		} else if (shown === ${JSON.stringify(expected)}) {
			html().dataset.egovOwnChart = performance.now();
			return;
		}
		requestAnimationFrame(tick);
	};
	requestAnimationFrame(tick);
	new PerformanceObserver((list) => {
		for (const e of list.getEntries())
			if (e.name === 'egov:engine-ready') {
				ready = true;
				html().dataset.egovEngineReady = e.startTime;
			}
	}).observe({ type: 'mark', buffered: true });
})()`;

/** Two animation frames, so that what the page shows has settled. */
const FRAMES = 'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))';

async function emulate(context: BrowserContext, page: Page, network: Network): Promise<void> {
	if (!network.conditions) return;
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network.conditions });
}

/** Bytes received by a context (bodies as sent, and headers), and those of the engine's module. */
function tally(context: BrowserContext) {
	const sizes: Promise<{ bytes: number; engine: boolean }>[] = [];
	context.on('requestfinished', (r) =>
		sizes.push(
			r.sizes().then(
				(s) => ({
					bytes: s.responseBodySize + s.responseHeadersSize,
					engine: /duckdb-eh\.wasm/.test(r.url())
				}),
				() => ({ bytes: 0, engine: false })
			)
		)
	);
	return async () => {
		const all = await Promise.all(sizes);
		const sum = (xs: typeof all) => xs.reduce((s, x) => s + x.bytes, 0);
		return { bytes: sum(all), engineBytes: sum(all.filter((x) => x.engine)) };
	};
}

/** What the warm engine draws for a link: opened with no emulation, once the frame settles. */
async function ownChart(browser: Browser, url: string, view: LinkView): Promise<string> {
	const context = await browser.newContext();
	try {
		await context.addInitScript(WATCH(view.root, null, view.engine));
		const page = await context.newPage();
		await page.goto(url, { timeout: TIMEOUT });
		await page
			.waitForSelector('html[data-egov-shown]', { state: 'attached', timeout: TIMEOUT })
			.catch((error: Error) => {
				throw new Error(`${url}: no warm chart in ${view.root} (${error.message.split('\n')[0]})`);
			});
		await page.evaluate(FRAMES);
		return (await page.evaluate('document.documentElement.dataset.egovShown')) as string;
	} finally {
		await context.close();
	}
}

async function coldLink(
	browser: Browser,
	url: string,
	view: LinkView,
	expected: string,
	network: Network
): Promise<LinkRun> {
	const context = await browser.newContext();
	try {
		const bytes = tally(context);
		await context.addInitScript(WATCH(view.root, expected, view.engine));
		const page = await context.newPage();
		await emulate(context, page, network);
		await page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT });
		const wait = (attribute: string) =>
			page.waitForSelector(`html[${attribute}]`, { state: 'attached', timeout: TIMEOUT });
		await wait('data-egov-own-chart');
		if (view.engine) await wait('data-egov-engine-ready');
		const [chart, engine] = (await page.evaluate(
			'[document.documentElement.dataset.egovOwnChart, document.documentElement.dataset.egovEngineReady]'
		)) as [string, string | undefined];
		return { chart: Number(chart), engine: Number(engine ?? NaN), ...(await bytes()) };
	} finally {
		await context.close();
	}
}

async function floorPaint(browser: Browser, url: string, network: Network): Promise<number> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		const paints = await watchPaints(page);
		await emulate(context, page, network);
		await page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT });
		return await paints.firstPaint(TIMEOUT);
	} finally {
		await context.close();
	}
}

export interface NetworkOptions {
	build?: string;
	runs?: number;
	networks?: readonly Network[];
	views?: readonly LinkView[];
	/** Runs on a network other than `runs`, by its slug (`slow-4g`): a slow network's runs are long. */
	runsOn?: Readonly<Record<string, number>>;
}

const slug = (s: string) => s.toLowerCase().replace(/\s+/g, '-');

/** Measures every link of every view on every network, against an already built folder. */
export async function benchNetwork(options: NetworkOptions = {}): Promise<NetworkResults> {
	const { build = 'build', runs = 3, networks = NETWORKS, views = LINK_VIEWS } = options;
	if (!existsSync(join(build, 'index.html')))
		throw new Error(`${build}/index.html is missing: build the site first.`);
	// The host as configured for the site: precompressed text, the engine as its .gz.
	const { server, url } = await serveStatic(build);
	const floorDir = mkdtempSync(join(tmpdir(), 'egov-floor-'));
	writeFileSync(join(floorDir, 'index.html'), '<!doctype html><title>floor</title><p>One line.');
	const floor = await serveStatic(floorDir);
	const browser = await launch();
	const results: NetworkResults = {
		date: new Date().toISOString().slice(0, 10),
		runs,
		networks: [],
		load: []
	};
	try {
		const expected = new Map<string, string>();
		for (const view of views)
			for (const link of view.links) expected.set(link, await ownChart(browser, url + link, view));
		for (const network of networks) {
			const times = options.runsOn?.[slug(network.name)] ?? runs;
			const measured: NetworkResults['networks'][number] = {
				network,
				runs: times,
				floor: [],
				views: views.map((view) => ({ view: view.view, runs: [] }))
			};
			for (let i = 0; i < times; i++) {
				measured.floor.push(await floorPaint(browser, floor.url, network));
				for (const [v, view] of views.entries())
					for (const link of view.links) {
						const run = await coldLink(browser, url + link, view, expected.get(link)!, network);
						measured.views[v]?.runs.push({ ...run, link });
						console.error(`${network.name} ${link}: ${run.chart.toFixed(0)} ms`);
					}
			}
			results.networks.push(measured);
		}
	} finally {
		await browser.close();
		server.close();
		floor.server.close();
		rmSync(floorDir, { recursive: true, force: true });
	}
	results.load = loadavg();
	return results;
}

/** The section of BENCHMARKS.md, between its markers. */
export const formatSection = (results: NetworkResults) => formatNetwork(results, START, END);

/** Replaces this section of BENCHMARKS.md, or adds it at the end. */
export const writeSection = (section: string, file = 'BENCHMARKS.md') =>
	writeMarkedSection(section, { start: START, end: END }, file);

/**
 * `--networks loopback,slow-4g` and `--views /,/explore`: a subset, for a quick check;
 * `--runs-on slow-4g=1`: fewer (or more) runs on a network than `--runs`.
 */
export function pick(args: string[]): NetworkOptions {
	const flag = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
	const networks = flag('--networks')?.split(',');
	const runsOn = Object.fromEntries(
		(flag('--runs-on')?.split(',') ?? []).map((pair) => {
			const [name = '', n = ''] = pair.split('=');
			if (!NETWORKS.some((x) => slug(x.name) === name) || !(Number(n) >= 1))
				throw new Error(
					`--runs-on: "${pair}" is not network=runs (networks: ${NETWORKS.map((x) => slug(x.name)).join(', ')})`
				);
			return [name, Number(n)];
		})
	);
	const views = flag('--views')?.split(',');
	return {
		build: flag('--build-dir') ?? 'build',
		runs: Number(flag('--runs')) || 3,
		networks: networks ? NETWORKS.filter((n) => networks.includes(slug(n.name))) : NETWORKS,
		views: views ? LINK_VIEWS.filter((v) => views.includes(v.view)) : LINK_VIEWS,
		runsOn
	};
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const args = process.argv.slice(2);
	const section = formatSection(await benchNetwork(pick(args)));
	console.log(section);
	if (!args.includes('--no-write')) writeSection(section);
}
