/** A typed URL parameter: how one piece of page state is read from and written to the query. */
export interface Param<T> {
	default: T;
	/** Reads the raw value; returns the value and the problems found (never throws). */
	decode(raw: string): { value: T; problems: string[] };
	encode(value: T): string;
	equals(a: T, b: T): boolean;
}

const MAX_LIST = 60;
const MAX_PROBLEMS = 5;

/** A `~`-separated list of codes, each checked against the catalogue; unknown items are dropped. */
export function codeList(
	name: string,
	isKnown: (code: string) => boolean,
	fallback: readonly string[]
): Param<string[]> {
	return {
		default: [...fallback],
		decode(raw) {
			const problems: string[] = [];
			const items = raw
				.split('~')
				.map((s) => s.trim().toUpperCase())
				.filter(Boolean);
			const kept: string[] = [];
			let ignored = 0;
			for (const item of items) {
				if (kept.length >= MAX_LIST) {
					problems.push(`Only the first ${MAX_LIST} ${name} values were kept.`);
					break;
				}
				if (/^[A-Z0-9_]{2,12}$/.test(item) && isKnown(item)) {
					if (!kept.includes(item)) kept.push(item);
				} else if (++ignored <= MAX_PROBLEMS)
					problems.push(`Ignored ${name} "${clip(item)}": not in the data.`);
			}
			if (ignored > MAX_PROBLEMS)
				problems.push(`Ignored ${ignored - MAX_PROBLEMS} more ${name} values.`);
			if (items.length > 0 && kept.length === 0) return { value: [...fallback], problems };
			return { value: kept, problems };
		},
		encode: (value) => value.join('~'),
		equals: (a, b) => a.length === b.length && a.every((v, i) => v === b[i])
	};
}

/** One value out of a fixed set. */
export function oneOf<T extends string>(name: string, values: readonly T[], fallback: T): Param<T> {
	return {
		default: fallback,
		decode(raw) {
			const value = values.find((v) => v === raw.trim().toLowerCase());
			return value
				? { value, problems: [] }
				: {
						value: fallback,
						problems: [`Ignored ${name} "${clip(raw)}": expected ${values.join(' or ')}.`]
					};
		},
		encode: (value) => value,
		equals: (a, b) => a === b
	};
}

/** One id out of a catalogue (case-sensitive, e.g. an indicator id). */
export function catalogId(
	name: string,
	isKnown: (id: string) => boolean,
	fallback: string
): Param<string> {
	return {
		default: fallback,
		decode(raw) {
			const id = raw.trim();
			return isKnown(id)
				? { value: id, problems: [] }
				: { value: fallback, problems: [`Ignored ${name} "${clip(id)}": not in the data.`] };
		},
		encode: (value) => value,
		equals: (a, b) => a === b
	};
}

/** Shortens a hostile or huge value before it is shown back to the user (as text, never HTML). */
export const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);
