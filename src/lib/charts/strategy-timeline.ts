import * as Plot from '@observablehq/plot';
import { KIND_COLORS } from '$lib/catalog/colors';
import { kindName } from '$lib/data/research-names';
import type { Locale } from '$lib/i18n/locales';
import * as m from '$lib/i18n/pages/research';
import { clipText, fullIfCut } from './clip-text';
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
	/** Source URLs (the document first), separated by a space; null where there are none. */
	sources: string | null;
	/** national or regional (regional rows stay out of national comparisons). */
	scope: string;
	/** coded, or 'text unavailable' (then `note` says what was searched). */
	coding_status: string;
	note: string | null;
	language: string | null;
	start_month: number | null;
	document_publisher: string | null;
	document_title: string | null;
	document_date: string | null;
	document_url: string | null;
	/** "publisher: title <url>", separated by "; ". */
	secondary_sources: string | null;
	/** Codes of the row (every feature when coded, none otherwise). */
	n_codes: number;
	/** Non-zero codes, and how many of them are inferred. */
	n_nonzero: number;
	n_inferred: number;
}

export interface TimelineSpec {
	/** Rows of the timeline, in order, with their names. */
	countries: { country: string; name: string }[];
	/** The year open-ended items run to. */
	present: number;
	width?: number;
	/** The language of the labels and description (default English). */
	locale?: Locale;
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

export const periodOf = (r: StrategyRow, locale: Locale = 'en') =>
	`${r.start_year}–${r.end_year ?? (r.kind === 'law' ? m.rInForce(locale) : m.rOngoing(locale))}`;

export const unavailable = (r: StrategyRow) => r.coding_status === 'text unavailable';

/** What a row is beyond its kind: regional, and whether its text could be coded. */
export const statusOf = (r: StrategyRow, locale: Locale = 'en') =>
	[
		r.scope === 'regional' ? m.rRegional(locale) : null,
		unavailable(r) ? m.rTextUnavailableLower(locale) : null
	]
		.filter(Boolean)
		.join(', ');

const noteOf = (r: StrategyRow, locale: Locale) =>
	statusOf(r, locale)
		? `\n${statusOf(r, locale)}${r.note && unavailable(r) ? `: ${r.note}` : ''}`
		: '';

const titleOf = (r: StrategyRow, locale: Locale) =>
	`${r.title_en}${r.title_original && r.title_original !== r.title_en ? ` (${r.title_original})` : ''}\n${r.name}, ${kindName(r.kind, locale)}, ${periodOf(r, locale)}${noteOf(r, locale)}`;

/** The characters that fit in `px`, or 0 where not even a short word would. */
function charsIn(px: number): number {
	const n = Math.floor((px - 6) / CHAR_PX);
	return n < 6 ? 0 : n;
}

function fitLabel(text: string, px: number): string {
	const n = charsIn(px);
	return n === 0 ? '' : clipText(text, n);
}

/** The whole title where its label is cut (or left out for want of room): the label's <title>. */
function fullLabel(text: string, px: number): string | null {
	const n = charsIn(px);
	return n === 0 ? null : fullIfCut(text, n);
}

/** One sentence: how many items, which years, which country has the most. */
export function describeTimeline(rows: StrategyRow[], spec: TimelineSpec): string {
	const locale = spec.locale ?? 'en';
	if (rows.length === 0) return m.rNoStrategies(locale);
	const count = (c: string) => rows.filter((r) => r.country === c).length;
	const most = [...spec.countries].sort((a, b) => count(b.country) - count(a.country))[0];
	const first = Math.min(...rows.map((r) => r.start_year));
	const laws = rows.filter((r) => r.kind === 'law').length;
	const missing = rows.filter(unavailable).length;
	const regional = rows.filter((r) => r.scope === 'regional').length;
	const marked = [
		missing ? m.rTimelineMissing(locale, { n: missing }) : null,
		regional ? m.rTimelineRegional(locale, { n: regional }) : null
	].filter(Boolean);
	const sentence = m.rTimelineDescribe(locale, {
		n: rows.length,
		countries: spec.countries.length,
		first,
		present: spec.present,
		laws,
		most: most?.name ?? '',
		count: count(most?.country ?? '')
	});
	return `${sentence}${marked.length ? `; ${marked.join(', ')}` : ''}.`;
}

type Item = Placed<StrategyRow>;
const key = (p: Item) => p.item.strategy_id;
const labelIn = (locale: Locale) => (p: Item) =>
	`${p.item.name}: ${p.item.title_en}, ${kindName(p.item.kind, locale)}, ${periodOf(p.item, locale)}${statusOf(p.item, locale) ? `, ${statusOf(p.item, locale)}` : ''}`;
const shortTitle = (r: StrategyRow) => `${r.scope === 'regional' ? 'R · ' : ''}${r.title_en}`;

/** Coded rows are filled with their kind's colour; rows whose text is unavailable are outlined. */
const paint = (outlined: boolean) =>
	outlined
		? { fill: '#ffffff', stroke: (p: Item) => p.item.kind, strokeWidth: 1.5 }
		: { fill: (p: Item) => p.item.kind, stroke: '#ffffff' };

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
function itemMarks(placed: Item[], pxPerYear: number, end: number, locale: Locale): Plot.Markish[] {
	const label = labelIn(locale);
	const bars = placed.filter((p) => p.item.kind !== 'law');
	const laws = placed.filter((p) => p.item.kind === 'law');
	const room = roomOf(placed, end);
	const text = { fontSize: 10.5, fill: '#1a1a1a', pointerEvents: 'none', ariaHidden: 'true' };
	const parts = (items: Item[]) => [
		items.filter((p) => !unavailable(p.item)),
		items.filter((p) => unavailable(p.item))
	];
	return [
		...parts(bars).map((items, outlined) =>
			Plot.rect(items, {
				x1: 'x1',
				x2: 'x2',
				y1: (p: Item) => p.lane + 0.12,
				y2: (p: Item) => p.lane + 0.88,
				...paint(outlined === 1),
				title: (p: Item) => titleOf(p.item, locale),
				render: focusable(items, { key, label })
			})
		),
		Plot.text(bars, {
			...text,
			x: 'x1',
			y: (p: Item) => p.lane + 0.5,
			dx: 3,
			textAnchor: 'start',
			text: (p: Item) => fitLabel(shortTitle(p.item), (room.get(p) ?? 0) * pxPerYear - 4),
			// On a bar the pointer reaches the bar's own title, which has the whole name too.
			title: (p: Item) => fullLabel(shortTitle(p.item), (room.get(p) ?? 0) * pxPerYear - 4)
		}),
		...parts(laws).map((items, outlined) =>
			Plot.dot(items, {
				x: (p: Item) => p.x1 + 0.5,
				y: (p: Item) => p.lane + 0.5,
				symbol: 'diamond',
				r: 5.5,
				...paint(outlined === 1),
				title: (p: Item) => titleOf(p.item, locale),
				render: focusable(items, { key, label })
			})
		),
		// Beside each diamond, up to the next one: between its right tip and the next's left tip.
		Plot.text(laws, {
			...text,
			x: (p: Item) => p.x1 + 0.5,
			y: (p: Item) => p.lane + 0.5,
			dx: 8,
			textAnchor: 'start',
			text: (p: Item) => fitLabel(shortTitle(p.item), (room.get(p) ?? 0) * pxPerYear - 14),
			// Beside a diamond nothing lies under a cut label: it takes the pointer for its title.
			title: (p: Item) => fullLabel(shortTitle(p.item), (room.get(p) ?? 0) * pxPerYear - 14),
			pointerEvents: 'auto'
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
	const locale = spec.locale ?? 'en';
	// English keeps the data's kinds as they are; other languages name them.
	const kinds = locale === 'en' ? {} : { tickFormat: (k: string) => kindName(k, locale) };
	return {
		width,
		height: MARGIN.top + MARGIN.bottom + LANE * lanes,
		marginTop: MARGIN.top,
		marginRight: MARGIN.right,
		marginBottom: MARGIN.bottom,
		marginLeft: MARGIN.left,
		ariaLabel: m.rTimelineAria(locale),
		ariaDescription: describeTimeline(rows, spec),
		style: { fontSize: '12px', overflow: 'visible' },
		x: { domain: [x0, x1], label: m.rYear(locale), tickFormat: 'd', grid: true },
		y: { domain: [lanes, 0], axis: null },
		color: {
			domain: Object.keys(KIND_COLORS),
			range: Object.values(KIND_COLORS),
			legend: true,
			...kinds
		},
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
			...itemMarks(placed, (width - MARGIN.left - MARGIN.right) / (x1 - x0), x1, locale)
		]
	};
}
