/**
 * When did the page, and its first chart, reach the screen? First contentful paint says when
 * anything did, and Chromium may paint the top of a long page before it has parsed the chart. Every
 * chart frame's source line carries `elementtiming="chart-source"` (src/lib/components/ChartFrame.svelte);
 * it comes right after the chart, so the frame that paints it has painted the chart too. Element
 * Timing reports that frame's render time.
 *
 * The page tells us through the console, and the harness evaluates nothing in it until then.
 * Polling from the harness (Playwright's `waitForFunction`) puts Playwright's own injected script,
 * hundreds of kilobytes, into the page while it is still parsing; on this machine compiling it
 * delayed the first frame by 20–40 ms on every view (not on the one-line floor page), which is a
 * cost no visitor pays.
 */
import type { Page } from 'playwright-core';

const PREFIX = '__egovPaint ';

/**
 * Runs in the page from its first byte; a string so that the TypeScript loader's helpers are not
 * injected into it. Each observer batch reports its earliest entry.
 */
const REPORTER = `(() => {
	const report = (kind, times) => {
		if (times.length) console.debug('${PREFIX}' + kind + ' ' + Math.min(...times));
	};
	try {
		new PerformanceObserver((list) => report('paint', list.getEntriesByName('first-contentful-paint').map((e) => e.startTime)))
			.observe({ type: 'paint', buffered: true });
		new PerformanceObserver((list) => report('chart', list.getEntries().filter((e) => e.identifier === 'chart-source').map((e) => e.renderTime)))
			.observe({ type: 'element', buffered: true });
	} catch (e) {
		console.debug('${PREFIX}unsupported ' + e);
	}
})()`;

export interface Paints {
	/** First contentful paint, ms from navigation start; NaN if none came within `timeoutMs`. */
	firstPaint(timeoutMs?: number): Promise<number>;
	/** The render time of the first chart frame painted; NaN if none came within `timeoutMs`. */
	chartPaint(timeoutMs?: number): Promise<number>;
}

/** Starts listening before the page's first byte; call before `goto`. */
export async function watchPaints(page: Page): Promise<Paints> {
	const seen = new Map<string, (t: number) => void>();
	const times = new Map<string, Promise<number>>();
	for (const kind of ['paint', 'chart'])
		times.set(kind, new Promise<number>((resolve) => seen.set(kind, resolve)));
	page.on('console', (message) => {
		const text = message.text();
		if (!text.startsWith(PREFIX)) return;
		const [kind, value] = text.slice(PREFIX.length).split(' ');
		if (kind === 'unsupported') {
			console.error(`Paint timing is not available in this browser: ${value}`);
			for (const resolve of seen.values()) resolve(NaN);
		} else seen.get(kind ?? '')?.(Number(value));
	});
	await page.addInitScript(REPORTER);
	const within = (kind: string, timeoutMs: number) => {
		let timer: ReturnType<typeof setTimeout> | undefined;
		const late = new Promise<number>((resolve) => (timer = setTimeout(resolve, timeoutMs, NaN)));
		return Promise.race([times.get(kind) as Promise<number>, late]).finally(() =>
			clearTimeout(timer)
		);
	};
	return {
		firstPaint: (timeoutMs = 10_000) => within('paint', timeoutMs),
		chartPaint: (timeoutMs = 10_000) => within('chart', timeoutMs)
	};
}

/**
 * An expression to pass to page.evaluate that resolves once `condition` (JavaScript text) holds,
 * checked every 50 ms, or rejects after `timeoutMs`. page.waitForFunction compiles its predicate
 * in the page, which the pages' Content-Security-Policy refuses; an evaluated expression is not.
 */
export const until = (condition: string, timeoutMs = 60_000) =>
	`new Promise((resolve, reject) => {
		const end = performance.now() + ${timeoutMs};
		const check = () => {
			if (${condition}) return resolve(true);
			if (performance.now() > end) return reject(new Error('Timed out waiting for: ' + ${JSON.stringify(condition)}));
			setTimeout(check, 50);
		};
		check();
	})`;
