import type { RenderFunction } from '@observablehq/plot';

export interface FocusOptions<T> {
	/** Selection key, written as `data-key`; without one the element is labelled but not selectable. */
	key?: (d: T) => string | null;
	/**
	 * What a screen reader says on focus, for an element without a tooltip. An element with one
	 * (a Plot title channel) is named by its <title>, so that the name holds everything the
	 * tooltip shows (WCAG 2.5.3, label in name); put the short label first in the title.
	 */
	label: (d: T) => string;
	/** Put unselectable elements in the tab order, so that their label can be reached by keyboard. */
	tabbable?: boolean;
}

/**
 * A Plot render transform that labels each element the mark draws (one per datum, in index order)
 * and, with `key`, makes it a button for the page's selection. Roving focus is the page's job: the
 * elements start out of the tab order, so the prerendered SVG adds no dead stops without scripts.
 */
export function focusable<T>(
	data: readonly T[],
	{ key, label, tabbable = false }: FocusOptions<T>
): RenderFunction {
	return (index, scales, values, dimensions, context, next) => {
		const g = next?.(index, scales, values, dimensions, context) ?? null;
		if (!g) return g;
		const nodes = Array.from(g.children).filter((n) => n.tagName.toLowerCase() !== 'title');
		nodes.forEach((node, i) => {
			const d = data[index[i] as number] as T;
			const k = key?.(d) ?? null;
			if (!node.querySelector(':scope > title')) node.setAttribute('aria-label', label(d));
			node.setAttribute('role', k === null ? 'img' : 'button');
			if (k !== null) node.setAttribute('data-key', k);
			if (k !== null || tabbable) node.setAttribute('tabindex', k === null ? '0' : '-1');
		});
		return g;
	};
}
