/**
 * What a screen reader finds inside a chart Plot has drawn. Run on every chart, at build time and in
 * the browser, so both SVGs are the same.
 *
 * - Plot names each mark's group (`<g aria-label="line">`) without giving it a role, and axe
 *   (EN 301 549 / WCAG 4.1.2) rejects a name on an element whose role does not allow one
 *   (observablehq/plot#1760). A group of marks is a group: say so.
 * - Plot hides the tick lines from assistive technology but not the tick labels, so a reader
 *   moving through a chart heard every number on both axes ("0.5, 0.6, … 2003, 2004, …") before
 *   the lines. The chart's description already gives its key numbers and the table view every
 *   value, so the tick labels are hidden as well; axis titles, line labels and marks stay.
 */
export function tidyForReaders(root: Element): void {
	for (const g of root.querySelectorAll('g[aria-label]:not([role])'))
		g.setAttribute('role', 'group');
	for (const g of root.querySelectorAll('g[aria-label$="-axis tick label"]'))
		g.setAttribute('aria-hidden', 'true');
}
