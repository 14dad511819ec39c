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
 * One Tab stop for a long list of checkboxes (the explorer's 78 indicators): Tab enters the list at
 * the last box used (at first the first ticked one) and the next Tab leaves it; arrows, Home and
 * End move between boxes and Space ticks, as the checkboxes themselves do. Boxes added or removed
 * (a filter) are picked up at the next key or focus. Without script every box stays a Tab stop.
 */
export function rovingFocus(): Attachment<HTMLElement> {
	return (list) => {
		/** The box last focused, while it is still in the list. */
		let used: HTMLInputElement | null = null;
		const boxes = () =>
			[...list.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].filter(
				(b) => !b.disabled
			);
		const settle = () => {
			const all = boxes();
			const stop =
				(used && all.includes(used) ? used : null) ?? all.find((b) => b.checked) ?? all[0];
			for (const b of all) b.tabIndex = b === stop ? 0 : -1;
		};
		const onFocusIn = (event: FocusEvent) => {
			if (event.target instanceof HTMLInputElement && event.target.type === 'checkbox') {
				used = event.target;
				settle();
			}
		};
		const onKeydown = (event: KeyboardEvent) => {
			const move = MOVES[event.key];
			if (!move || event.altKey || event.ctrlKey || event.metaKey) return;
			const all = boxes();
			const at = all.indexOf(event.target as HTMLInputElement);
			if (at < 0) return;
			event.preventDefault();
			all[move(at, all.length)]?.focus();
		};
		// A filter or a new choice re-renders boxes: keep exactly one of them a Tab stop.
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
