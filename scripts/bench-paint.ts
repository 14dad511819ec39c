/**
 * When did the first chart reach the screen? First contentful paint says when anything did, and
 * Chromium may paint the top of a long page before it has parsed the chart. Every chart frame's
 * source line carries `elementtiming="chart-source"` (src/lib/components/ChartFrame.svelte); it
 * comes right after the chart, so the frame that paints it has painted the chart too. Element Timing
 * reports that frame's render time.
 */
import type { Page } from 'playwright-core';

/** Starts recording before the page's first byte; call before `goto`. */
export async function watchChartPaint(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const w = window as unknown as { __chartPaints: number[] };
		w.__chartPaints = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as (PerformanceEntry & {
				identifier: string;
				renderTime: number;
			})[])
				if (e.identifier === 'chart-source') w.__chartPaints.push(e.renderTime);
		}).observe({ type: 'element', buffered: true });
	});
}

/** The render time of the first chart frame painted; NaN if none is within `timeoutMs`. */
export async function chartPaintTime(page: Page, timeoutMs = 10_000): Promise<number> {
	const painted = await page
		.waitForFunction(
			() => (window as unknown as { __chartPaints?: number[] }).__chartPaints?.length,
			null,
			{ timeout: timeoutMs }
		)
		.then(() => true)
		.catch(() => false);
	if (!painted) return NaN;
	return page.evaluate(() =>
		Math.min(...(window as unknown as { __chartPaints: number[] }).__chartPaints)
	);
}
