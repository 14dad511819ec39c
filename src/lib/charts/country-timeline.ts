import * as Plot from '@observablehq/plot';
import { KIND_COLORS } from '$lib/catalog/colors';
import { kindName } from '$lib/data/research-names';
import type { Locale } from '$lib/i18n/locales';
import { wordInForce, wordYear } from '$lib/i18n/words';
import * as t from '$lib/i18n/pages/views';
import { clipText, fullIfCut } from './clip-text';
import type { StrategyRow } from '$lib/queries/country-strategies';

const ROW = 30;

export interface TimelineSpec {
	name: string;
	/** The year open-ended instruments run to: the right edge of the chart. */
	openEnd: number;
}

interface Bar extends StrategyRow {
	to: number;
	label: string;
}

const TITLE_CHARS = 64;
const period = (s: StrategyRow) => `${s.start_year}–${s.end_year ?? ''}`;

/** One sentence listing the instruments with their years. */
export function describeTimeline(
	rows: readonly StrategyRow[],
	spec: TimelineSpec,
	locale: Locale = 'en'
): string {
	if (rows.length === 0) return t.vTimelineNone(locale, { name: spec.name });
	const coded = rows.filter((r) => r.coded > 0).length;
	const list = rows
		.map((r) => `${r.title_en} (${kindName(r.kind, locale)}, ${period(r)})`)
		.join('; ');
	return t.vTimelineDescription(locale, { name: spec.name, n: rows.length, coded, list });
}

/** The country's instruments as bars from start to end (open-ended ones to the right edge). */
export function countryTimelineChart(
	rows: readonly StrategyRow[],
	spec: TimelineSpec,
	locale: Locale = 'en'
): Plot.PlotOptions {
	const inForce = ` ${wordInForce(locale)}`;
	const bars: Bar[] = rows.map((r) => ({
		...r,
		to: (r.end_year ?? spec.openEnd) + 1,
		label: `${clipText(r.title_en, TITLE_CHARS)} (${period(r)}${r.end_year === null ? inForce : ''})${r.coded ? ' ●' : ''}`
	}));
	const years = bars.flatMap((b) => [b.start_year, b.to]);
	const mid = (Math.min(...years) + Math.max(...years)) / 2;
	const label = {
		y: 'strategy_id',
		text: 'label',
		dy: -5,
		fill: 'var(--chart-ink, #1a1a1a)',
		// A cut title has the whole one on hover.
		title: (b: Bar) => fullIfCut(b.title_en, TITLE_CHARS)
	} as const;
	return {
		width: 760,
		height: 40 + ROW * bars.length,
		marginTop: 8,
		marginLeft: 10,
		marginRight: 10,
		marginBottom: 30,
		ariaLabel: t.vTimelineLabel(locale, { name: spec.name }),
		ariaDescription: describeTimeline(rows, spec, locale),
		style: { fontSize: '11px', overflow: 'visible' },
		x: {
			label: wordYear(locale),
			tickFormat: 'd',
			domain: [Math.min(...years), Math.max(...years)]
		},
		y: { axis: null, domain: bars.map((b) => b.strategy_id), padding: 0 },
		color: {
			domain: Object.keys(KIND_COLORS),
			range: Object.values(KIND_COLORS),
			legend: true,
			tickFormat: (kind: string) => kindName(kind, locale)
		},
		marks: [
			Plot.barX(bars, {
				x1: 'start_year',
				x2: 'to',
				y: 'strategy_id',
				fill: 'kind',
				insetTop: 17,
				insetBottom: 5,
				title: (b: Bar) => `${b.title_en}: ${b.summary}`
			}),
			Plot.text(
				bars.filter((b) => b.start_year <= mid),
				{ ...label, x: 'start_year', textAnchor: 'start' }
			),
			Plot.text(
				bars.filter((b) => b.start_year > mid),
				{ ...label, x: 'to', textAnchor: 'end' }
			)
		]
	};
}
