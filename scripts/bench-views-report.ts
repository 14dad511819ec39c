/** The Markdown section of scripts/bench-views.ts: one table per measure, each with its goal. */

export interface OpenRun {
	coldFcp: number;
	coldLoaded: number;
	cold: number;
	coldBytes: number;
	coldRequests: number;
	back: number;
	backBytes: number;
	reload: number;
	reloadBytes: number;
}

export interface ViewsResults {
	date: string;
	runs: number;
	cold: {
		view: string;
		chartInHtml: boolean;
		/** First contentful paints. */
		paints: number[];
		/** Paints of the first chart (Element Timing on its source line); NaN without one. */
		charts: number[];
		inView: boolean[];
	}[];
	/** First paints of a one-line page in the same runs: the machine's floor. */
	floor: number[];
	controls: {
		view: string;
		name: string;
		goal: number;
		ms: number[];
		/** Redraws that showed the old chart again before the new one, over all changes. */
		stale: number;
	}[];
	services: OpenRun[];
	tables: { name: string; rows: number; bytes: number }[];
	/** Requests that left the site's origin, over every page opened. */
	offOrigin: string[];
	requests: number;
	load: number[];
}

export const FIRST_CHART_GOAL = 150;

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
export const median = (xs: number[]) => {
	const s = sorted(xs);
	const m = Math.floor(s.length / 2);
	return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
/** Nearest-rank 95th percentile. */
export const p95 = (xs: number[]) => sorted(xs)[Math.ceil(xs.length * 0.95) - 1] as number;
const ms = (x: number) => (Number.isFinite(x) ? `${x.toFixed(x < 10 ? 1 : 0)} ms` : '–');
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const size = (b: number) => (b < 1048576 ? kb(b) : `${(b / 1048576).toFixed(2)} MB`);
const met = (ok: boolean) => (ok ? 'met' : '**not met**');
const table = (head: string[], rows: string[][]) =>
	[
		`| ${head.join(' | ')} |`,
		`| ${head.map(() => '---').join(' | ')} |`,
		...rows.map((r) => `| ${r.join(' | ')} |`)
	].join('\n');

function coldTable(r: ViewsResults): string {
	const floor = median(r.floor);
	return table(
		[
			'view',
			'chart in the HTML',
			'chart in the first screen',
			'first paint (FCP)',
			'first chart',
			'min',
			'max',
			'× floor',
			`goal ≤ ${FIRST_CHART_GOAL} ms`
		],
		[
			...r.cold.map((c) => {
				const charts = c.charts.filter(Number.isFinite);
				const chart = charts.length ? median(charts) : NaN;
				const missing = charts.length < c.charts.length;
				return [
					`\`${c.view}\``,
					c.chartInHtml ? 'yes' : 'no',
					!c.chartInHtml
						? '–'
						: c.inView.every(Boolean)
							? 'yes'
							: c.inView.some(Boolean)
								? 'in some runs'
								: 'no, below it',
					ms(median(c.paints)),
					charts.length
						? `${ms(chart)}${missing ? ` (${charts.length} of ${c.charts.length} runs)` : ''}`
						: '–',
					charts.length ? ms(Math.min(...charts)) : '–',
					charts.length ? ms(Math.max(...charts)) : '–',
					charts.length ? (chart / floor).toFixed(2) : '–',
					charts.length ? met(chart <= FIRST_CHART_GOAL) : 'n/a'
				];
			}),
			[
				'a one-line page (floor)',
				'–',
				'–',
				ms(floor),
				'–',
				ms(Math.min(...r.floor)),
				ms(Math.max(...r.floor)),
				'1.00',
				'–'
			]
		]
	);
}

function controlTable(r: ViewsResults): string {
	return table(
		['view', 'control', 'changes', 'median', 'p95', 'max', 'goal (p95)', 'stale redraws'],
		r.controls.map((c) => [
			`\`${c.view}\``,
			c.name,
			String(c.ms.length),
			ms(median(c.ms)),
			ms(p95(c.ms)),
			ms(Math.max(...c.ms)),
			`≤ ${c.goal} ms: ${met(p95(c.ms) <= c.goal)}`,
			String(c.stale)
		])
	);
}

const OPEN_ROWS: [string, keyof OpenRun, (x: number) => string][] = [
	['Cold: first paint (prerendered grid and chart)', 'coldFcp', ms],
	['Cold: egov tables loaded into DuckDB', 'coldLoaded', ms],
	['**Cold: navigation → grid with live data**', 'cold', ms],
	['Warm: header link back to /services (engine running) → live grid', 'back', ms],
	['Warm: second visit, reload in the same context → live grid', 'reload', ms],
	['Bytes of egov_* files fetched, cold', 'coldBytes', kb],
	['GET requests for egov_* files, cold', 'coldRequests', String],
	['Bytes of egov_* files fetched, back by link', 'backBytes', kb],
	['Bytes of egov_* files fetched, reload', 'reloadBytes', kb]
];

function servicesTable(r: ViewsResults): string {
	return table(
		['/services', 'median', 'min', 'max'],
		OPEN_ROWS.map(([label, key, format]) => {
			const xs = r.services.map((s) => s[key]);
			return [label, format(median(xs)), format(Math.min(...xs)), format(Math.max(...xs))];
		})
	);
}

function egovTable(r: ViewsResults): string {
	return table(
		['table', 'rows', 'file'],
		r.tables.map((t) => [`\`${t.name}\``, t.rows.toLocaleString('en'), size(t.bytes)])
	);
}

/** The section, between its markers. */
export function formatSection(r: ViewsResults): string {
	const charted = r.cold.filter((c) => c.chartInHtml);
	const noChart = r.cold.filter((c) => !c.chartInHtml).map((c) => `\`${c.view}\``);
	const n = r.controls[0]?.ms.length ?? 0;
	const egov = r.tables.find((t) => t.name === 'egov_services');
	const coldBytes = median(r.services.map((s) => s.coldBytes));
	const load = r.load.map((x) => x.toFixed(1)).join(', ');
	return `<!-- bench-views:start -->
## Every view: first chart, control changes, /services

Produced by \`npm run bench\` (scripts/bench-views.ts) on ${r.date}: the same production build and
server, one headless Debian Chromium. ${r.runs === 1 ? 'One run' : `Medians of ${r.runs} runs`} unless stated.

### First chart, cold

Goal: the first chart paints in ≤ ${FIRST_CHART_GOAL} ms (median). Each run opens each view in a new
browser context (empty cache). "First paint" is its first contentful paint; "first chart" when the
first chart frame was painted, read with Element Timing from the frame's source line, which follows
the chart (scripts/bench-paint.ts): Chromium may paint the top of a long page before it has parsed
the chart, and then the two differ. The page reports both through its console and the harness
evaluates nothing in it before they come: polling from the harness would load Playwright's own
script into the page while it parses, which delayed the first frame by 20–40 ms here. "Chart in
the HTML" checks that the raw HTML holds the chart's SVG inside its figure before any script in the
body; "chart in the first screen" whether, once the chart has painted, a chart lies within the
1280×720 viewport (otherwise the first paint is the text above it, and the chart comes with it only
further down the page). Each run also opens a one-line page from the same server code: its paint is
this machine's floor at that moment, and "× floor" the view's first chart over the floor's paint,
which moves less than milliseconds do when the machine is busy.
${charted.length} of ${r.cold.length} views have their chart in the HTML${noChart.length ? `; ${noChart.join(', ')} has none, so its row is its first paint` : ''}.

${coldTable(r)}

### Control change → updated chart, engine warm

Goal: p95 ≤ 50 ms for a control change, ≤ 100 ms for a /services filter. Each page is opened once,
left to start its engine and draw its live chart, and each control is flipped between two states
${n} times (after one untimed round). Time runs in the page from just before the click (or the
select's change event) to the DOM mutation that completes the update: every drawn chart's SVG
replaced and different from before, the services grid re-rendered from a new live answer, or the
expected text shown (the evidence panel; the country profile, which has no engine and loads the
next prerendered profile by client-side navigation). A redraw that leaves the chart unchanged (the
old rows drawn again while the query runs) does not end the timing; "stale redraws" counts them.

${controlTable(r)}

### /services: opening it, and what it reads

No goal beyond the filters above. Cold is a new context; "back by link" leaves for /strategies
and returns by the header link in the same tab (engine running, tables already loaded); the reload
is a second visit in the same context (the data files are \`no-cache\` with an ETag; the byte-range
reads of the tables go to the server again). Bytes are the bodies (Content-Length) of the GET responses (200 or
206 for a byte range) for \`data/egov_*.parquet\`; the HEAD requests that size the files carry none.

${servicesTable(r)}

The egov_* tables of the data package (static/data/datapackage.json): the cold visit read
${kb(coldBytes)}${egov ? `, ${((100 * coldBytes) / egov.bytes).toFixed(1)} % of the size of egov_services.parquet (read in byte ranges)` : ''}.

${egovTable(r)}

### Requests off the site's origin

**${r.offOrigin.length}** of ${r.requests} requests over every page opened by this benchmark
(goal: 0, ${met(r.offOrigin.length === 0)}).${r.offOrigin.length ? ` First: ${r.offOrigin.slice(0, 3).join(', ')}.` : ''}

Load average when done: ${load} (1, 5, 15 min) on 2 cores. The machine is shared, so ratios
matter more than absolute times.
<!-- bench-views:end -->`;
}
