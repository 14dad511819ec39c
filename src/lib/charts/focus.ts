import { PALETTE, slotColor, slotOf } from '$lib/catalog/colors';

/** More countries than this on one chart, and only the focus countries are coloured and named. */
export const FOCUS_AFTER = 8;

/** The focus when the reader has chosen none: the five case-study countries. */
export const DEFAULT_FOCUS: readonly string[] = ['BEL', 'DNK', 'EST', 'DEU', 'GBR'];

/**
 * The context lines' grey. It is quieter than the 3:1 of WCAG 1.4.11 on purpose (about 2:1 on
 * either background): context lines are not to be read one by one; each is named by its tip and
 * in the table, and the focus lines, which are, keep their colours.
 */
export const CONTEXT_COLOR = 'var(--chart-context, #b8b8b8)';

export interface Focus {
	/** Whether a country is drawn in colour and labelled (all are, up to FOCUS_AFTER). */
	has(country: string): boolean;
	/** A focus country's colour, never the same as another's; grey context for the rest. */
	color(country: string): string;
	/** Whether some countries are grey context. */
	thinned: boolean;
}

/**
 * Which of the drawn countries are focus and their colours. `drawn` is best first, so that when
 * none of the focus countries is drawn the two best and two worst stand for them. Two focus
 * countries that would share a colour (the hash palette has seven slots for 190 countries) get
 * different ones: the first by code keeps its own, the next takes the first slot nobody uses.
 */
export function focusOf(
	drawn: readonly string[],
	chosen: readonly string[] = DEFAULT_FOCUS
): Focus {
	const countries = [...new Set(drawn)].filter((c) => slotOf(c) !== 'eu');
	const thinned = countries.length > FOCUS_AFTER;
	let focus = thinned ? countries.filter((c) => chosen.includes(c)) : countries;
	if (focus.length === 0) focus = [...new Set([...countries.slice(0, 2), ...countries.slice(-2)])];
	const slots = assignSlots(focus);
	return {
		has: (c) => slots.has(c),
		color: (c) => {
			const slot = slots.get(c);
			return slot ? slotColor(slot) : CONTEXT_COLOR;
		},
		thinned
	};
}

/** One distinct slot per country: each keeps its own where it can, fixed colours first. */
function assignSlots(countries: readonly string[]): Map<string, string> {
	const fixed = (c: string) => slotOf(c) === c.toLowerCase();
	const order = [...countries].sort(
		(a, b) => Number(fixed(b)) - Number(fixed(a)) || a.localeCompare(b)
	);
	const slots = new Map<string, string>();
	const used = new Set<string>();
	const late: string[] = [];
	for (const c of order) {
		const own = slotOf(c);
		if (used.has(own)) {
			late.push(c);
			continue;
		}
		used.add(own);
		slots.set(c, own);
	}
	// Free slots: the hash palette's first, then those of research countries not on the chart.
	const spare = Object.keys(PALETTE)
		.filter((s) => s !== 'eu' && !used.has(s) && !countries.some((c) => c.toLowerCase() === s))
		.sort((a, b) => Number(/^o\d/.test(b)) - Number(/^o\d/.test(a)));
	// Beyond the palette's eighteen, the rest stay context.
	late.forEach((c, i) => {
		if (spare[i]) slots.set(c, spare[i]);
	});
	return slots;
}
