import type * as PlotModule from '@observablehq/plot';

type Plot = typeof PlotModule;
let loaded: Plot | null = null;
let loading: Promise<Plot> | null = null;

/** Observable Plot, loaded once, after the first paint (the prerendered charts need no script). */
export function loadPlot(): Promise<Plot> {
	return (loading ??= import('./plot-entry').then((m) => (loaded = m)));
}

/**
 * Plot if it has loaded. A page that waits for `loadPlot` before it changes a chart's options and
 * text gets the chart drawn in the same frame as the text that describes it.
 */
export const loadedPlot = (): Plot | null => loaded;
