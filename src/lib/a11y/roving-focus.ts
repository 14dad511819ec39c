import type { Attachment } from 'svelte/attachments';

const MOVES: Record<string, (i: number, n: number) => number> = {
	ArrowDown: (i, n) => Math.min(i + 1, n - 1),
	ArrowRight: (i, n) => Math.min(i + 1, n - 1),
	ArrowUp: (i) => Math.max(i - 1, 0),
	ArrowLeft: (i) => Math.max(i - 1, 0),
	Home: () => 0,
	End: (_, n) => n - 1
};

/**
 * One Tab stop for a long run of focusable items: the explorer's 78 indicator checkboxes, or a
 * chart's strategy marks (up to 30 on one line chart). Tab enters at the item last used (at first
 * the first ticked box, or the first item) and the next Tab leaves; arrows, Home and End move
 * between items, and Space ticks a box as it always does. Items added or removed (a filter, a
 * chart drawn again) are picked up at once. Without script every item stays a Tab stop.
 */
export function rovingFocus(items = 'input[type=checkbox]'): Attachment<HTMLElement> {
	return (list) => {
		/** The item last focused, while it is still in the list. */
		let used: Element | null = null;
		const all = () =>
			[...list.querySelectorAll<HTMLElement | SVGElement>(items)].filter(
				(b) => !(b instanceof HTMLInputElement && b.disabled)
			);
		const settle = () => {
			const found = all();
			const stop =
				(used && found.includes(used as HTMLElement) ? used : null) ??
				found.find((b) => b instanceof HTMLInputElement && b.checked) ??
				found[0];
			for (const b of found) b.tabIndex = b === stop ? 0 : -1;
		};
		const onFocusIn = (event: FocusEvent) => {
			if (event.target instanceof Element && event.target.matches(items)) {
				used = event.target;
				settle();
			}
		};
		const onKeydown = (event: KeyboardEvent) => {
			const move = MOVES[event.key];
			if (!move || event.altKey || event.ctrlKey || event.metaKey) return;
			const found = all();
			const at = found.indexOf(event.target as HTMLElement);
			if (at < 0) return;
			event.preventDefault();
			found[move(at, found.length)]?.focus();
		};
		// A filter, a new choice or a redrawn chart re-renders items: keep exactly one a Tab stop.
		const observer = new MutationObserver(settle);
		observer.observe(list, {
			childList: true,
			subtree: true,
			attributes: true,
			attributeFilter: ['disabled']
		});
		// Boxes get their checked state after this runs when the page hydrates; a tick sees it.
		queueMicrotask(settle);
		list.addEventListener('change', settle);
		list.addEventListener('focusin', onFocusIn);
		list.addEventListener('keydown', onKeydown);
		return () => {
			observer.disconnect();
			list.removeEventListener('change', settle);
			list.removeEventListener('focusin', onFocusIn);
			list.removeEventListener('keydown', onKeydown);
		};
	};
}
