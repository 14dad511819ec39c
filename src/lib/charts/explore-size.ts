/**
 * The width the explorer's charts are built at. A narrower screen draws them narrower; kept apart
 * from the chart code so that the page can read it without loading Plot.
 */
export const CHART_WIDTH = 760;
