/**
 * Every view of the built site in headless Debian Chromium: the cold first chart (first contentful
 * paint, a new browser context each run), the latency of each control change with the engine warm,
 * opening /services cold and warm with the bytes it reads, and requests off the site's origin.
 * Writes its section of BENCHMARKS.md, between the home table and the range-read section.
 * Usage: tsx scripts/bench-views.ts [--runs 5] [--changes 20] [--build-dir build] [--no-write]
 * (it does not build; --no-write prints the section without touching BENCHMARKS.md)
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { launch } from '../tests/e2e/browser.ts';
import { until, watchPaints } from './bench-paint.ts';
import { chartInHtml, measureControl } from './bench-views-page.ts';
import { VIEWS } from './bench-views-plan.ts';
import { formatSection, type OpenRun, type ViewsResults } from './bench-views-report.ts';
import { serveStatic } from './static-server.ts';
import { writeMarkedSection } from './bench-section.ts';

export type { ViewsResults } from './bench-views-report.ts';

const START = '<!-- bench-views:start -->';
const END = '<!-- bench-views:end -->';
const REMOTE = '<!-- bench-remote:start -->';
const GRID_LIVE = '[data-testid=service-grid][data-live=true][data-pending=false]';

/** Counts every request of a context, and those that leave the site's origin. */
class Requests {
	total = 0;
	off: string[] = [];
	constructor(private origin: string) {}
	watch(context: BrowserContext): BrowserContext {
		context.on('request', (r) => {
			const url = r.url();
			this.total++;
			if (!url.startsWith(this.origin) && !/^(data|blob):/.test(url)) this.off.push(url);
		});
		return context;
	}
}

/**
 * One view opened in a new context (cold cache): its first contentful paint, the paint of its first
 * chart (NaN without `expectChart`), and whether a chart was in the first screen (the context's
 * 1280×720 viewport) or only further down.
 */
async function coldPaint(
	browser: Browser,
	url: string,
	requests: Requests,
	expectChart = true
): Promise<{ fcp: number; chart: number; inView: boolean }> {
	const context = requests.watch(await browser.newContext());
	try {
		const page = await context.newPage();
		const paints = await watchPaints(page);
		await page.goto(url, { waitUntil: 'commit', timeout: 30_000 });
		// Nothing is evaluated in the page until it has painted (scripts/bench-paint.ts).
		const fcp = await paints.firstPaint(30_000);
		if (!Number.isFinite(fcp)) throw new Error(`${url}: no first contentful paint within 30 s`);
		const chart = expectChart ? await paints.chartPaint() : NaN;
		const inView = await page.evaluate(() =>
			[...document.querySelectorAll('.chart svg')].some((svg) => {
				const box = svg.getBoundingClientRect();
				return box.width > 100 && box.top < window.innerHeight - 100 && box.bottom > 0;
			})
		);
		return { fcp, chart, inView };
	} finally {
		await context.close();
	}
}

/** Bytes and GET requests of the egov_* data files (HEAD has no body), from response headers. */
function egovReads(context: BrowserContext) {
	const tally = { bytes: 0, requests: 0 };
	context.on('response', (r) => {
		if (r.request().method() !== 'GET') return;
		if (!/\/data\/egov_[a-z_]+\.parquet$/.test(new URL(r.url()).pathname)) return;
		tally.requests++;
		tally.bytes += Number(r.headers()['content-length'] ?? 0);
	});
	return tally;
}

/** Records, from the document's start, when the services grid first shows live data. */
const GRID_CLOCK = `(() => {
	const seen = () => {
		if (!document.querySelector('${GRID_LIVE}')) return false;
		window.__egovGridLive = performance.now();
		return true;
	};
	const observer = new MutationObserver(() => seen() && observer.disconnect());
	observer.observe(document, { childList: true, subtree: true, attributes: true });
})()`;

/** Runs in the page: clicks a link and resolves with the ms until the live grid is shown. */
const NAVIGATE = `(link) => new Promise((resolve, reject) => {
	const a = document.querySelector(link);
	if (!a) return reject(new Error('no element matches ' + link));
	const timer = setTimeout(() => { observer.disconnect(); reject(new Error('no live grid within 60 s after ' + link)); }, 60000);
	const observer = new MutationObserver(() => {
		if (!document.querySelector('${GRID_LIVE}')) return;
		observer.disconnect();
		clearTimeout(timer);
		resolve(performance.now() - start);
	});
	observer.observe(document.body, { childList: true, subtree: true, attributes: true });
	const start = performance.now();
	a.click();
})`;

/** /services cold, then back to it by a header link (engine running), then reloaded. */
async function servicesOpen(browser: Browser, base: string, requests: Requests): Promise<OpenRun> {
	const context = requests.watch(await browser.newContext());
	try {
		await context.addInitScript(GRID_CLOCK);
		const reads = egovReads(context);
		const page = await context.newPage();
		const liveAt = async () => {
			await page.evaluate(until('window.__egovGridLive !== undefined'));
			return (await page.evaluate('window.__egovGridLive')) as number;
		};
		await page.goto(`${base}services/`, { timeout: 30_000 });
		const cold = await liveAt();
		const marks = (await page.evaluate(`[
			performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
			performance.getEntriesByName('egov:services-loaded')[0]?.startTime ?? NaN
		]`)) as [number, number];
		const coldReads = { ...reads };
		await page.click('header a[href$="strategies/"]', { timeout: 10_000 });
		await page.waitForSelector('#matrix', { timeout: 30_000 });
		reads.bytes = 0;
		const back = (await page.evaluate(`(${NAVIGATE})('header a[href$="services/"]')`)) as number;
		const backBytes = reads.bytes;
		reads.bytes = 0;
		await page.reload({ timeout: 30_000 });
		const reload = await liveAt();
		return {
			coldFcp: marks[0],
			coldLoaded: marks[1],
			cold,
			coldBytes: coldReads.bytes,
			coldRequests: coldReads.requests,
			back,
			backBytes,
			reload,
			reloadBytes: reads.bytes
		};
	} finally {
		await context.close();
	}
}

/** The egov_* tables of the data package: rows and file bytes. */
function egovTables(): { name: string; rows: number; bytes: number }[] {
	const pkg = JSON.parse(readFileSync('static/data/datapackage.json', 'utf8')) as {
		resources: { name: string; rows: number; bytes: number }[];
	};
	return pkg.resources
		.filter((r) => r.name.startsWith('egov_'))
		.map(({ name, rows, bytes }) => ({ name, rows, bytes }));
}

/** Measures every view against a build folder (already built) and prints the tables. */
export async function benchViews(build = 'build', runs = 5, changes = 20): Promise<ViewsResults> {
	if (!existsSync(join(build, 'index.html')))
		throw new Error(`${build}/index.html is missing: build the site first.`);
	const { server, url } = await serveStatic(build, { precompressed: false });
	const requests = new Requests(new URL(url).origin);
	// The floor under every first paint here: a one-line page from the same server code, measured in
	// the same runs, so a view's paint reads as a multiple of what this machine does at the moment.
	const floorDir = mkdtempSync(join(tmpdir(), 'egov-floor-'));
	writeFileSync(join(floorDir, 'index.html'), '<!doctype html><title>floor</title><p>One line.');
	const floor = await serveStatic(floorDir);
	const floorRequests = new Requests(new URL(floor.url).origin);
	const browser = await launch();
	const results: ViewsResults = {
		date: new Date().toISOString().slice(0, 10),
		runs,
		cold: [],
		controls: [],
		services: [],
		floor: [],
		tables: egovTables(),
		offOrigin: [],
		requests: 0,
		load: []
	};
	try {
		for (const view of VIEWS) {
			const response = await fetch(url + view.path);
			if (!response.ok) throw new Error(`/${view.path}: HTTP ${response.status}`);
			const html = await response.text();
			results.cold.push({
				view: `/${view.path}`,
				chartInHtml: chartInHtml(html),
				paints: [],
				charts: [],
				inView: []
			});
		}
		for (let i = 0; i < runs; i++) {
			results.floor.push((await coldPaint(browser, floor.url, floorRequests, false)).fcp);
			for (const [v, view] of VIEWS.entries()) {
				const cold = results.cold[v];
				const { fcp, chart, inView } = await coldPaint(
					browser,
					url + view.path,
					requests,
					cold?.chartInHtml
				);
				cold?.paints.push(fcp);
				cold?.charts.push(chart);
				cold?.inView.push(inView);
			}
		}
		for (const view of VIEWS) {
			const context = requests.watch(await browser.newContext());
			const page = await context.newPage();
			const errors: string[] = [];
			page.on('pageerror', (e) => errors.push(e.message));
			try {
				await page.goto(url + (view.controlPath ?? view.path), { timeout: 30_000 });
				await view.ready?.(page);
				for (const control of view.controls) {
					const timed = await measureControl(page, control, changes, view.scope);
					results.controls.push({
						view: `/${view.path}`,
						name: control.name,
						goal: control.goal,
						ms: timed.map((t) => t.ms),
						stale: timed.reduce((n, t) => n + t.stale, 0)
					});
				}
			} finally {
				await context.close();
			}
			if (errors.length) console.error(`/${view.path}: page errors: ${errors.join('; ')}`);
		}
		for (let i = 0; i < runs; i++)
			results.services.push(await servicesOpen(browser, url, requests));
	} finally {
		await browser.close();
		server.close();
		floor.server.close();
		rmSync(floorDir, { recursive: true, force: true });
	}
	results.offOrigin = requests.off;
	results.requests = requests.total;
	results.load = loadavg();
	console.log(formatSection(results));
	return results;
}

/** Replaces this section of BENCHMARKS.md, or puts it before the range-read section (or last). */
export function writeSection(results: ViewsResults | string, file = 'BENCHMARKS.md'): void {
	const section = typeof results === 'string' ? results : formatSection(results);
	writeMarkedSection(section, { start: START, end: END, before: REMOTE }, file);
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const args = process.argv.slice(2);
	const flag = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
	const runs = Number(flag('--runs')) || 5;
	const changes = Number(flag('--changes')) || 20;
	const results = await benchViews(flag('--build-dir') ?? 'build', runs, changes);
	if (!args.includes('--no-write')) writeSection(results);
}
