const MARK = 'egov:first-live-chart';
let drawn: () => void = () => {};

/** Resolves once the page has drawn a chart in the browser (from the result files or the engine). */
export const firstLiveChart = new Promise<void>((resolve) => (drawn = resolve));

/** Called by the chart that is drawn in the browser first; marks the moment for the benchmarks. */
export function markFirstLiveChart(): void {
	if (performance.getEntriesByName(MARK).length === 0) performance.mark(MARK);
	drawn();
}
