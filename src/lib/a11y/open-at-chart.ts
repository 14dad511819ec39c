/**
 * Scrolls a shared link's chart into the first screen: from the heading of its section, so that
 * its controls show too, when the chart still fits below them; otherwise from the chart's own title.
 */
export function openAtChart(chart: HTMLElement | undefined, heading?: HTMLElement | null): void {
	if (!chart) return;
	const plot = chart.querySelector('.plot-area') ?? chart;
	const from = heading?.getBoundingClientRect().top;
	const fits =
		from !== undefined && plot.getBoundingClientRect().bottom - from <= window.innerHeight;
	(fits && heading ? heading : chart).scrollIntoView({ block: 'start' });
}
