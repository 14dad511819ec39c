import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { tidyForReaders } from '$lib/charts/plot-a11y';

/** Draws Plot options to SVG text in Node, for prerendered pages and chart snapshots. */
export function renderSvg(options: Plot.PlotOptions): string {
	const { document } = parseHTML('<!doctype html><html><body></body></html>');
	const figure = Plot.plot({ ...options, document: document as unknown as Document });
	tidyForReaders(figure as unknown as Element);
	return (figure as unknown as { outerHTML: string }).outerHTML;
}
