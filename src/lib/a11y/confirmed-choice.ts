import type { Attachment } from 'svelte/attachments';

/** Keys that move a closed <select> to another option (Alt+↓ opens the list instead). */
const BROWSE = new Set(['ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);

/**
 * For a <select> whose choice acts at once and is not undone by choosing again: adding a
 * country, going to another page. A closed select fires `change` on every arrow key (Chromium,
 * Firefox), so browsing the list by keyboard would act on each option passed. Here a choice
 * made with the mouse or in the open list acts as before; one reached by arrows or type-ahead
 * acts on Enter, and Escape or leaving the list puts the select back.
 */
export function confirmedChoice(act: (value: string) => void): Attachment<HTMLSelectElement> {
	return (select) => {
		let before: string | null = null;
		const onKeydown = (event: KeyboardEvent) => {
			if (event.key === 'Enter' && before !== null) {
				event.preventDefault();
				before = null;
				act(select.value);
			} else if (event.key === 'Escape' && before !== null) {
				select.value = before;
				before = null;
			} else if (
				before === null &&
				!event.altKey &&
				(BROWSE.has(event.key) || (event.key.length === 1 && event.key !== ' '))
			)
				before = select.value;
		};
		const onChange = () => {
			if (before === null) act(select.value);
		};
		const onBlur = () => {
			if (before !== null) select.value = before;
			before = null;
		};
		select.addEventListener('keydown', onKeydown);
		select.addEventListener('change', onChange);
		select.addEventListener('blur', onBlur);
		return () => {
			select.removeEventListener('keydown', onKeydown);
			select.removeEventListener('change', onChange);
			select.removeEventListener('blur', onBlur);
		};
	};
}
