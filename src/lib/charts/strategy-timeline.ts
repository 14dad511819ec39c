import * as Plot from '@observablehq/plot';
import { KIND_COLORS } from '$lib/catalog/colors';
import { focusable } from './strategy-focus';
import { layoutLanes, type Placed } from './strategy-lanes';

/** One strategy, law, programme, agreement or institution (strategies query). */
export interface StrategyRow {
	strategy_id: string;
	country: string;
	name: string;
	title_en: string;
	title_original: string | null;
	kind: string;
	start_year: number;
	end_year: number | null;
	lead_body: string | null;
	legal_basis: string | null;
	summary: string;
	/** Source URLs, separated by a space. */
	sources: string;
	n_codes: number;
}

export interface TimelineSpec {
	/** Rows of the timeline, in order, with their names. */
	countries: { country: string; name: string }[];
	/** The year open-ended items run to. */
	present: number;
	width?: number;
}

const LANE = 18;
const MARGIN = { top: 8, right: 16, bottom: 34, left: 118 };
const CHAR_PX = 6.2;

/** Five first, then the other countries by name; only countries with a strategy. */
export function timelineCountries(rows: StrategyRow[], first: readonly string[]) {
	const names = new Map(rows.map((r) => [r.country, r.name]));
	const rank = (c: string) => (first.includes(c) ? first.indexOf(c) : first.length);
	return [...names.keys()]
		.sort((a, b) => rank(a) - rank(b) || (names.get(a) ?? a).localeCompare(names.get(b) ?? b))
		.map((country) => ({ country, name: names.get(country) ?? country }));
}

export const periodOf = (r: StrategyRow) =>
	`${r.start_year}–${r.end_year ?? (r.kind === 'law' ? 'in force' : 'ongoing')}`;

const titleOf = (r: StrategyRow) =>
	`${r.title_en}${r.title_original && r.title_original !== r.title_en ? ` (${r.title_original})` : ''}\n${r.name}, ${r.kind}, ${periodOf(r)}`;

function fitLabel(text: string, px: number): string {
	const n = Math.floor((px - 6) / CHAR_PX);
	if (n < 6) return '';
	return text.length > n ? `${text.slice(0, n - 1).trimEnd()}…` : text;
}

/** One sentence: how many items, which years, which country has the most. */
export function describeTimeline(rows: StrategyRow[], spec: TimelineSpec): string {
	if (rows.length === 0) return 'No strategies in the data.';
	const count = (c: string) => rows.filter((r) => r.country === c).length;
	const most = [...spec.countries].sort((a, b) => count(b.country) - count(a.country))[0];
	const first = Math.min(...rows.map((r) => r.start_year));
	const laws = rows.filter((r) => r.kind === 'law').length;
	return `${rows.length} strategies, laws, programmes, agreements and institutions of ${spec.countries.length} countries, ${first}–${spec.present}, ${laws} of them laws; ${most?.name} has the most (${count(most?.country ?? '')}).`;
}

type Item = Placed<StrategyRow>;
const key = (p: Item) => p.item.strategy_id;
const label = (p: Item) =>
	`${p.item.name}: ${p.item.title_en}, ${p.item.kind}, ${periodOf(p.item)}`;

/**
 * The years from an item's start to the next item's start in its lane (or the axis end): a title
 * may run past a short bar, or beside a law's diamond, into the empty lane after it.
 */
export function roomOf(placed: readonly Item[], end: number): Map<Item, number> {
	const room = new Map<Item, number>();
	for (const p of placed) {
		const after = placed
			.filter((q) => q.lane === p.lane && q.x1 > p.x1)
			.reduce((next, q) => Math.min(next, q.x1), end);
		room.set(p, after - p.x1);
	}
	return room;
}

/** Bars for periods and diamonds for laws, titled where their lane has room; all selectable. */
function itemMarks(placed: Item[], pxPerYear: number, end: number): Plot.Markish[] {
	const bars = placed.filter((p) => p.item.kind !== 'law');
	const laws = placed.filter((p) => p.item.kind === 'law');
	const room = roomOf(placed, end);
	const text = { fontSize: 10.5, fill: '#1a1a1a', pointerEvents: 'none', ariaHidden: 'true' };
	return [
		Plot.rect(bars, {
			x1: 'x1',
			x2: 'x2',
			y1: (p: Item) => p.lane + 0.12,
			y2: (p: Item) => p.lane + 0.88,
			fill: (p: Item) => p.item.kind,
			stroke: '#ffffff',
			title: (p: Item) => titleOf(p.item),
			render: focusable(bars, { key, label })
		}),
		Plot.text(bars, {
			...text,
			x: 'x1',
			y: (p: Item) => p.lane + 0.5,
			dx: 3,
			textAnchor: 'start',
			text: (p: Item) => fitLabel(p.item.title_en, (room.get(p) ?? 0) * pxPerYear - 4)
		}),
		Plot.dot(laws, {
			x: (p: Item) => p.x1 + 0.5,
			y: (p: Item) => p.lane + 0.5,
			symbol: 'diamond',
			r: 5.5,
			fill: (p: Item) => p.item.kind,
			stroke: '#ffffff',
			title: (p: Item) => titleOf(p.item),
			render: focusable(laws, { key, label })
		}),
		// Beside each diamond, up to the next one: between its right tip and the next's left tip.
		Plot.text(laws, {
			...text,
			x: (p: Item) => p.x1 + 0.5,
			y: (p: Item) => p.lane + 0.5,
			dx: 8,
			textAnchor: 'start',
			text: (p: Item) => fitLabel(p.item.title_en, (room.get(p) ?? 0) * pxPerYear - 14)
		})
	];
}

/** Every strategy per country over time: bars for periods, diamonds for laws, coloured by kind. */
export function strategyTimeline(rows: StrategyRow[], spec: TimelineSpec): Plot.PlotOptions {
	const width = spec.width ?? 900;
	const countries = spec.countries.map((c) => c.country);
	const { placed, blocks } = layoutLanes(rows, countries, spec.present);
	const lanes = blocks.reduce((n, b) => n + b.lanes, 0);
	const x0 = Math.min(...rows.map((r) => r.start_year), spec.present) - 1;
	const x1 = Math.max(spec.present + 1, ...placed.map((p) => p.x2)) + 1;
	const names = new Map(spec.countries.map((c) => [c.country, c.name]));
	return {
		width,
		height: MARGIN.top + MARGIN.bottom + LANE * lanes,
		marginTop: MARGIN.top,
		marginRight: MARGIN.right,
		marginBottom: MARGIN.bottom,
		marginLeft: MARGIN.left,
		ariaLabel: 'Timeline of strategies, laws, programmes, agreements and institutions',
		ariaDescription: describeTimeline(rows, spec),
		style: { fontSize: '12px', overflow: 'visible' },
		x: { domain: [x0, x1], label: 'Year', tickFormat: 'd', grid: true },
		y: { domain: [lanes, 0], axis: null },
		color: { domain: Object.keys(KIND_COLORS), range: Object.values(KIND_COLORS), legend: true },
		marks: [
			Plot.ruleY(blocks.slice(1), { y: 'first', stroke: '#bbbbbb' }),
			Plot.text(blocks, {
				x: x0,
				y: (b) => b.first + b.lanes / 2,
				text: (b) => names.get(b.country),
				textAnchor: 'end',
				dx: -8,
				fontWeight: 600
			}),
			...itemMarks(placed, (width - MARGIN.left - MARGIN.right) / (x1 - x0), x1)
		]
	};
}
