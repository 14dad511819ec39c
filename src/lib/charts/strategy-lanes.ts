/** A dated item of a country's timeline: the years it covers, end excluded. */
export interface Span {
	country: string;
	kind: string;
	start_year: number;
	end_year: number | null;
}

export interface Placed<T> {
	item: T;
	/** Row of the whole timeline, 0 at the top. */
	lane: number;
	x1: number;
	x2: number;
}

export interface LaneLayout<T> {
	placed: Placed<T>[];
	/** Each country's first lane and number of lanes, in order. */
	blocks: { country: string; first: number; lanes: number }[];
}

/** Greedy interval packing: each item goes in the first lane free from its start. */
function pack<T>(items: { item: T; x1: number; x2: number }[], offset: number): Placed<T>[] {
	const ends: number[] = [];
	return [...items]
		.sort((a, b) => a.x1 - b.x1 || b.x2 - a.x2)
		.map((s) => {
			let lane = ends.findIndex((end) => end <= s.x1);
			if (lane < 0) lane = ends.push(s.x2) - 1;
			else ends[lane] = s.x2;
			return { ...s, lane: offset + lane };
		});
}

const lanesOf = (placed: { lane: number }[], offset: number) =>
	placed.reduce((n, p) => Math.max(n, p.lane - offset + 1), 0);

/**
 * Lays each country's items out in lanes so that none overlap: laws (points in time) in the
 * first lanes, periods below; an open end runs to the end of `present`.
 */
export function layoutLanes<T extends Span>(
	rows: readonly T[],
	countries: readonly string[],
	present: number
): LaneLayout<T> {
	const placed: Placed<T>[] = [];
	const blocks: LaneLayout<T>['blocks'] = [];
	let next = 0;
	for (const country of countries) {
		const own = rows.filter((r) => r.country === country);
		const span = (r: T) => ({ item: r, x1: r.start_year, x2: (r.end_year ?? present) + 1 });
		const laws = pack(
			own.filter((r) => r.kind === 'law').map((r) => ({ ...span(r), x2: r.start_year + 1 })),
			next
		);
		const lawLanes = lanesOf(laws, next);
		const periods = pack(own.filter((r) => r.kind !== 'law').map(span), next + lawLanes);
		const lanes = lawLanes + lanesOf(periods, next + lawLanes);
		placed.push(...laws, ...periods);
		blocks.push({ country, first: next, lanes: Math.max(lanes, 1) });
		next += Math.max(lanes, 1);
	}
	return { placed, blocks };
}
