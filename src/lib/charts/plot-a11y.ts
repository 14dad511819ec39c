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
 *   value, so the tick labels are hidden as well.
 * - A group of marks with nothing to read in it (the paths of the lines, plain dots, links) was
 *   still announced by its mark type ("line group, dot group, …"), once per mark. Such a group is
 *   hidden; a group with text, a title, a named or focusable mark (the strategy marks) stays,
 *   and so does the pointer's tip.
 */
export function tidyForReaders(root: Element): void {
	for (const g of root.querySelectorAll('g[aria-label]:not([role])'))
		g.setAttribute('role', 'group');
	for (const g of root.querySelectorAll('g[aria-label$="-axis tick label"]'))
		g.setAttribute('aria-hidden', 'true');
	// Not the pointer's tip: it is empty until the pointer moves, and then holds what it reads.
	for (const g of root.querySelectorAll('g[aria-label]:not([aria-hidden], [aria-label=tip])'))
		if (!g.textContent?.trim() && !g.querySelector('title, [aria-label], [role], [tabindex]'))
			g.setAttribute('aria-hidden', 'true');
}
