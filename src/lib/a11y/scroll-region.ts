import type { Attachment } from 'svelte/attachments';

/**
 * A box that scrolls (a wide table on a phone, a long table in its frame) must be reachable by
 * keyboard, or its hidden columns cannot be scrolled to without a mouse (WCAG 2.1.1). While it
 * overflows, the box is a labelled region in the tab order; once everything fits it leaves the
 * tab order again, so it adds no dead stop. The label defaults to the table's caption.
 */
export function scrollRegion(label?: string): Attachment<HTMLElement> {
	return (box) => {
		const update = () => {
			const scrolls =
				box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1;
			if (scrolls === (box.getAttribute('tabindex') === '0')) return;
			if (scrolls) {
				const name = label ?? box.querySelector('caption')?.textContent?.trim();
				box.setAttribute('tabindex', '0');
				box.setAttribute('role', 'region');
				box.setAttribute('aria-label', name || 'Table');
			} else for (const a of ['tabindex', 'role', 'aria-label']) box.removeAttribute(a);
		};
		// Measured only in the observer's callback, which runs after layout: reading sizes while
		// the page mounts would force a layout per table (a profile has a dozen).
		const sizes = new ResizeObserver(update);
		const watch = () => {
			sizes.observe(box);
			for (const child of box.children) sizes.observe(child);
		};
		// A table drawn later (a query's answer) is watched too; observing it reports its size.
		const children = new MutationObserver(watch);
		children.observe(box, { childList: true });
		watch();
		return () => {
			sizes.disconnect();
			children.disconnect();
		};
	};
}
