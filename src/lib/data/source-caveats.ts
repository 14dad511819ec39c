/** An indicator as /sources lists it. */
export interface CaveatedIndicator {
	indicator_id: string;
	label: string;
	unit: string;
	caveat: string | null;
}

export interface SourceCaveats {
	/** Sentences that most of the source's indicators carry: said once for the source. */
	shared: string[];
	/** Each indicator with the sentences of its caveat that only it (or a few) carry. */
	indicators: (CaveatedIndicator & { notes: string[] })[];
}

/** A caveat's sentences: split after a full stop or semicolon followed by a capital or '('. */
export function sentencesOf(text: string | null): string[] {
	if (!text) return [];
	return text
		.split(/(?<=[.;!?])\s+(?=[A-Z(“"])/)
		.map((s) => s.trim())
		.filter(Boolean);
}

/**
 * Splits a source's caveats into what most of its indicators share, said once, and what each
 * indicator adds. A sentence is shared when more than half the indicators carry it (all of them,
 * for a source of one or two).
 */
export function sourceCaveats(indicators: CaveatedIndicator[]): SourceCaveats {
	const split = indicators.map((i) => ({ ...i, all: [...new Set(sentencesOf(i.caveat))] }));
	const count = new Map<string, number>();
	for (const i of split) for (const s of i.all) count.set(s, (count.get(s) ?? 0) + 1);
	const threshold = indicators.length <= 2 ? indicators.length : indicators.length / 2;
	const shared = [...count].filter(([, n]) => n >= threshold && n > 0).map(([s]) => s);
	const isShared = new Set(shared);
	return {
		shared,
		indicators: split.map(({ all, ...i }) => ({ ...i, notes: all.filter((s) => !isShared.has(s)) }))
	};
}
