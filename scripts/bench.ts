/**
 * Cold-start benchmark of the built site in Debian Chromium: builds, serves build/ on an ephemeral
 * port, opens the home page in a new browser five times, and writes medians to BENCHMARKS.md; then
 * scripts/bench-views.ts (every view, same --runs), scripts/bench-remote.ts and
 * scripts/bench-network.ts (cold links on emulated networks) add their sections.
 * scripts/bench-engine.ts (the engine's start, gzip-compressed or not) adds its section.
 * Usage: npm run bench [-- --runs 5 --no-build --only home|views|remote|network|engine]
 * (`--only network` also takes scripts/bench-network.ts's --networks and --views)
 */
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch } from '../tests/e2e/browser.ts';
import { until, watchPaints } from './bench-paint.ts';
import { chartInHtml } from './bench-views-page.ts';
import { serveStatic } from './static-server.ts';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 5;
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const wanted = (section: string) => only === undefined || only === section;
if (!args.includes('--no-build')) execSync('npx vite build', { stdio: 'ignore' });

interface Run {
	firstPaint: number;
	firstChart: number;
	engineReady: number;
	firstQuery: number;
	firstLiveChart: number;
	bytesRaw: number;
	bytesGzip: number;
	offOrigin: number;
}

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const m = Math.floor(s.length / 2);
	return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

const gzipOf = new Map<string, number>();
function gzipBytes(path: string): number {
	const file = join('build', decodeURIComponent(path.endsWith('/') ? `${path}index.html` : path));
	if (!gzipOf.has(file)) gzipOf.set(file, gzipSync(readFileSync(file), { level: 6 }).length);
	return gzipOf.get(file) as number;
}

interface Measured {
	fcp: number;
	resources: { path: string; size: number }[];
	engineReady: number;
	firstQuery: number;
	firstLiveChart: number;
}

/** Runs in the page; a string so that the TypeScript loader's helpers are not injected into it. */
const MEASURE = `((chart) => {
	const mark = (n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN;
	const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
	const resources = performance.getEntriesByType('resource')
		.filter((r) => r.responseEnd <= chart)
		.map((r) => ({ path: new URL(r.name).pathname, size: r.encodedBodySize }));
	const nav = performance.getEntriesByType('navigation')[0];
	return {
		fcp,
		resources: [{ path: new URL(nav.name).pathname, size: nav.encodedBodySize }, ...resources],
		engineReady: mark('egov:engine-ready'),
		firstQuery: mark('egov:first-query'),
		firstLiveChart: mark('egov:first-live-chart')
	};
})`;

async function once(url: string): Promise<Run> {
	const browser = await launch();
	const page = await (await browser.newContext()).newPage();
	const paints = await watchPaints(page);
	let offOrigin = 0;
	page.on('request', (r) => (r.url().startsWith(new URL(url).origin) ? undefined : offOrigin++));
	await page.goto(url, { waitUntil: 'commit' });
	// Nothing is evaluated in the page until the chart has painted (scripts/bench-paint.ts).
	const firstChart = await paints.chartPaint();
	if (!Number.isFinite(firstChart))
		throw new Error(
			'The home page painted no chart frame within 10 s of opening: no run to report.'
		);
	await page.waitForSelector('.chart[data-live=true] svg', { timeout: 60_000 });
	// A chart can be live from the build's result files before the engine is: wait for both marks.
	await page.evaluate(
		until(
			"performance.getEntriesByName('egov:engine-ready').length > 0 && " +
				"performance.getEntriesByName('egov:first-query').length > 0"
		)
	);
	const t = (await page.evaluate(`(${MEASURE})(${firstChart})`)) as Measured;
	await browser.close();
	return {
		firstPaint: t.fcp,
		firstChart,
		engineReady: t.engineReady,
		firstQuery: t.firstQuery,
		firstLiveChart: t.firstLiveChart,
		bytesRaw: t.resources.reduce((s, r) => s + r.size, 0),
		bytesGzip: t.resources.reduce((s, r) => s + gzipBytes(r.path), 0),
		offOrigin
	};
}

if (wanted('home')) await benchHome();

// Every view's first chart and control changes, then the range-read benchmark (/sql, Parquet by
// URL): each writes its own marked section of BENCHMARKS.md, in that order, after the table above.
if (wanted('views')) {
	const views = await import('./bench-views.ts');
	views.writeSection(await views.benchViews('build', runs));
}
if (wanted('remote')) {
	const remote = await import('./bench-remote.ts');
	remote.writeSection(await remote.benchRemote('build'));
}
// Cold links on loopback and emulated networks: three runs unless --runs is given.
if (wanted('network')) {
	const network = await import('./bench-network.ts');
	const options = network.pick(args);
	network.writeSection(
		network.formatSection(
			await network.benchNetwork({ ...options, runs: args.includes('--runs') ? runs : 3 })
		)
	);
}

// The engine's start with its module gzip-compressed (as shipped) and uncompressed, interleaved.
if (wanted('engine')) {
	const engine = await import('./bench-engine.ts');
	engine.writeSection(engine.formatSection(await engine.benchEngine('build', runs)));
}

/** The home page opened cold `runs` times: the table at the top of BENCHMARKS.md. */
async function benchHome(): Promise<void> {
	const wasm = readdirSync('build/_app/immutable/assets').filter((f) =>
		/\.wasm(\..+\.gz)?$/.test(f)
	);
	const wasmBytes = wasm.reduce(
		(s, f) => s + statSync(join('build/_app/immutable/assets', f)).size,
		0
	);
	const { server, url } = await serveStatic('build', { precompressed: false });
	const results: Run[] = [];
	// The raw HTML is the same in every run: read it once.
	const htmlHasChart = chartInHtml(await (await fetch(url)).text());
	for (let i = 0; i < runs; i++) results.push(await once(url));
	server.close();

	const m = (k: keyof Run) => median(results.map((r) => Number(r[k])));
	const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
	const rows = [
		['Time to first paint (first contentful paint)', `${m('firstPaint').toFixed(0)} ms`],
		[
			'Time to first chart (Element Timing on its source line; chart in HTML)',
			`${m('firstChart').toFixed(0)} ms`
		],
		[
			'Time to engine ready (DuckDB-WASM started, tables loaded)',
			`${m('engineReady').toFixed(0)} ms`
		],
		['Time to first live query result', `${m('firstQuery').toFixed(0)} ms`],
		['Time to first live chart', `${m('firstLiveChart').toFixed(0)} ms`],
		['**First chart / engine ready**', `**${(m('firstChart') / m('engineReady')).toFixed(3)}**`],
		['Bytes before the first chart (raw)', kb(m('bytesRaw'))],
		['Bytes before the first chart (gzip -6)', kb(m('bytesGzip'))],
		['WebAssembly bytes sent (DuckDB eh build, gzip-compressed)', kb(wasmBytes)],
		[
			'Requests off the site origin (all runs)',
			String(results.reduce((s, r) => s + r.offOrigin, 0))
		],
		['Chart in the HTML before scripts', htmlHasChart ? 'yes' : 'no']
	];
	const table = [
		'| measure | median |',
		'| --- | --- |',
		...rows.map(([a, b]) => `| ${a} | ${b} |`)
	].join('\n');
	console.log(table);
	const date = new Date().toISOString().slice(0, 10);
	writeFileSync(
		'BENCHMARKS.md',
		`# Benchmarks

Produced by \`npm run bench\` (scripts/bench.ts) on ${date}: a production build served by
scripts/static-server.ts (no compression, like a plain static host) on an ephemeral port, the home
page opened ${runs} times, each in a new headless Debian Chromium (cold cache). Medians over the runs.
The machine is shared and noisy (2 cores, no GPU): compare ratios rather than absolute times.

${table}

The headline is the ratio *first chart / engine ready*: the prerendered chart paints in that fraction
of the time a page that waited for DuckDB-WASM would need before it could draw anything.
The first chart is timed by the browser's Element Timing on the source line that follows the chart
(scripts/bench-paint.ts); first contentful paint can come earlier, when Chromium paints the top of
the page before it has parsed the chart. The page reports both paints through its console; the
harness evaluates nothing in it before then, since polling would load Playwright's own script into
the page while it parses. "Chart in the HTML" reads the raw HTML: the chart's SVG is inside its
figure before any script in the body. Bytes before the first chart count the HTML and every
resource that finished loading before that paint; the gzip figure recompresses those same files at
level 6.
`
	);
}
