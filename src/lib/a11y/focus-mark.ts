import { tick } from 'svelte';

/**
 * After a panel opened from a chart mark closes, focus goes back to that mark (its `data-key`),
 * not to the page's start: the Close button that had it is gone.
 */
export async function focusMark(key: string | undefined): Promise<void> {
	if (!key) return;
	await tick();
	document.querySelector<HTMLElement | SVGElement>(`[data-key="${CSS.escape(key)}"]`)?.focus();
}
