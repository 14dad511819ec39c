/**
 * Plot names each mark's group (`<g aria-label="line">`) without giving it a role, and axe
 * (EN 301 549 / WCAG 4.1.2) rejects a name on an element whose role does not allow one
 * (observablehq/plot#1760). A group of marks is a group: say so. Run on every chart Plot draws,
 * at build time and in the browser, so both SVGs are the same.
 */
export function roleGroups(root: Element): void {
	for (const g of root.querySelectorAll('g[aria-label]:not([role])'))
		g.setAttribute('role', 'group');
}
