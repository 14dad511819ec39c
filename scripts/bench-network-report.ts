/** The Markdown section of scripts/bench-network.ts: per network, per view, then per link. */
import type { Network } from './bench-network-plan.ts';
import { median } from './bench-views-report.ts';

export interface LinkRun {
	link?: string;
	/** ms from navigation start to the link's own chart, shown and not pending. */
	chart: number;
	/** ms to the engine-ready mark; NaN where the view starts no engine. */
	engine: number;
	/** Bytes received (bodies as sent, and headers) up to then, and those of the engine module. */
	bytes: number;
	engineBytes: number;
}

export interface NetworkResults {
	date: string;
	runs: number;
	networks: {
		network: Network;
		/** Runs of every link on this network. */
		runs: number;
		/** First paints of a one-line page, in the same runs and conditions. */
		floor: number[];
		views: { view: string; runs: LinkRun[] }[];
	}[];
	load: number[];
}

const ms = (x: number) => (Number.isFinite(x) ? `${x.toFixed(0)} ms` : '–');
const times = (x: number, floor: number) =>
	Number.isFinite(x) && floor > 0 ? `${(x / floor).toFixed(1)} ×` : '–';
const mb = (b: number) => (b > 0 ? `${(b / 1e6).toFixed(2)} MB` : '–');
const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
const finite = (xs: number[]) => xs.filter(Number.isFinite);
const med = (xs: number[]) => (finite(xs).length ? median(finite(xs)) : NaN);

function goalMet(network: Network, chart: number, floor: number): string {
	const limit = 'ms' in network.goal ? network.goal.ms : network.goal.floorTimes * floor;
	const goal =
		'ms' in network.goal ? `≤ ${network.goal.ms} ms` : `≤ ${network.goal.floorTimes} × floor`;
	return `${goal}: ${chart <= limit ? 'met' : '**not met**'}`;
}

function networkTable(n: NetworkResults['networks'][number]): string {
	const floor = med(n.floor);
	const c = n.network.conditions;
	const what = c
		? `${((c.downloadThroughput * 8) / 1e6).toFixed(1)} Mbps down, ${((c.uploadThroughput * 8) / 1e6).toFixed(2)} up, ${c.latency} ms latency`
		: 'no emulation';
	return [
		`### ${n.network.name} (${what}); the floor page paints in ${ms(floor)}; ${n.runs} run(s) of every link`,
		'',
		row([
			'view',
			"link's own chart",
			'× floor',
			'engine ready',
			'× floor',
			'bytes',
			'engine bytes',
			'goal'
		]),
		row(Array(8).fill('---')),
		...n.views.map(({ view, runs }) => {
			const chart = med(runs.map((r) => r.chart));
			const engine = med(runs.map((r) => r.engine));
			return row([
				view,
				ms(chart),
				times(chart, floor),
				ms(engine),
				times(engine, floor),
				mb(med(runs.map((r) => r.bytes))),
				mb(med(runs.map((r) => r.engineBytes))),
				goalMet(n.network, chart, floor)
			]);
		})
	].join('\n');
}

function linkTable(results: NetworkResults): string {
	const links = results.networks[0]?.views.flatMap((v) => [...new Set(v.runs.map((r) => r.link))]);
	return [
		row(['link', ...results.networks.map((n) => `own chart, ${n.network.name}`)]),
		row(Array(results.networks.length + 1).fill('---')),
		...(links ?? []).map((link) =>
			row([
				`\`/${link}\``,
				...results.networks.map((n) =>
					ms(med(n.views.flatMap((v) => v.runs.filter((r) => r.link === link).map((r) => r.chart))))
				)
			])
		)
	].join('\n');
}

/** The section, between its markers. */
export function formatNetwork(results: NetworkResults, start: string, end: string): string {
	return `${start}

## Cold links on networks

Produced by \`npm run bench -- --only network\` (scripts/bench-network.ts) on ${results.date}, ${results.runs}
run(s) of every link unless a network's heading says otherwise; load average ${results.load.map((l) => l.toFixed(1)).join(' / ')} (1 / 5 / 15 min). The
build is served by scripts/static-server.ts as the site's hosts are configured: text files from their
precompressed \`.br\`, the engine as its \`.gz\`. Each link is opened in a new context (cold cache) of
headless Debian Chromium; the network is emulated with the Chrome DevTools Protocol
(\`Network.emulateNetworkConditions\`). *Own chart* is the first animation frame in which the link's
chart frame is not pending and shows exactly what the warm engine draws for that link (its title,
subtitle and every chart's description, recorded beforehand in a warm page). *Engine ready* is the
page's \`egov:engine-ready\` mark (DuckDB-WASM started, tables loaded); country profiles start no
engine. Bytes are every response's body as sent plus headers, up to the later of the two; engine
bytes are the DuckDB module's. Medians over the view's three links and the runs; × floor divides by
the median first paint of a one-line page in the same runs and conditions.

${results.networks.map(networkTable).join('\n\n')}

Per link (median over the runs):

${linkTable(results)}

${end}`;
}
