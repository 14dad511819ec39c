import type { IndicatorMeta } from '$lib/catalog/indicators';
import { yearNote } from '$lib/catalog/year-meaning';
import type { NormRow } from '$lib/data/explore-rows';
import type { Target } from '$lib/data/gap-to-target';
import type { Locale } from '$lib/i18n/locales';
import * as t from '$lib/i18n/pages/views';
import type { ExploreState, Norm } from '$lib/state/explore-state';

type Meta = Pick<IndicatorMeta, 'indicator_id' | 'label' | 'family' | 'source_id' | 'caveat'>;

export interface FrameText {
	title: string;
	subtitle: string;
	caveats: string[];
	source: string;
}

type Text = (locale: Locale) => string;

const NORM_NOTE: Record<Norm, Text> = {
	raw: () => '',
	rank: t.vNoteRank,
	zscore: t.vNoteZscore,
	index: t.vNoteIndex,
	gap: t.vNoteGap
};

const NORM_NAME: Record<Norm, Text> = {
	raw: t.vNameRaw,
	rank: t.vNameRank,
	zscore: t.vNameZscore,
	index: t.vNameIndex,
	gap: t.vNameGap
};

/** Footnotes for the series breaks the chart shows (`rows`: the values drawn), per indicator. */
export function breakNotes(
	rows: readonly NormRow[],
	metas: readonly Meta[],
	slope = false,
	locale: Locale = 'en'
): string[] {
	return metas.flatMap((m) => {
		const flagged = rows.filter((r) => r.indicator_id === m.indicator_id && r.flag === 'break');
		const years = [...new Set(flagged.map((r) => r.year))].sort().join(', ');
		if (!years) return [];
		return [(slope ? t.vBreakSlope : t.vBreakLine)(locale, { label: m.label, years })];
	});
}

function targetNotes(
	rows: readonly NormRow[],
	state: ExploreState,
	norm: Norm,
	targets: readonly Target[],
	locale: Locale
): string[] {
	const mine = targets.filter((t) => state.indicator.includes(t.indicator_id));
	if (norm !== 'gap' && !state.ref.includes('target')) return [];
	const notes = mine.map((target) => {
		// A target due before the series starts (the 2011–2015 action plan on a 2017– series) is a
		// level to compare with, not a deadline the chart can show being met or missed.
		const years = rows.filter((r) => r.indicator_id === target.indicator_id).map((r) => r.year);
		const first = years.length ? Math.min(...years) : null;
		const expired =
			first !== null && target.target_year < first
				? ` ${t.vTargetExpired(locale, { year: target.target_year, first })}`
				: '';
		return t.vTargetNote(locale, { label: target.label, url: target.source_url }) + expired;
	});
	if (state.ref.includes('target') && mine.length && norm !== 'raw' && norm !== 'gap')
		notes.push(t.vTargetLineOnly(locale));
	return notes;
}

/** The link's year range, for a chart with nothing drawn. */
function rangeText({ time: { from, to } }: ExploreState, locale: Locale): string {
	return from !== null && from === to
		? `${from}`
		: t.vYearsTo(locale, {
				first: from ?? t.vFirstEdition(locale),
				last: to ?? t.vLatest(locale)
			});
}

/** The years drawn: "2024", "2010 to 2024", or a bar chart's "2023 and 2024 (each one's latest)". */
function yearsText(years: readonly number[], state: ExploreState, locale: Locale): string {
	const [first, last] = [years[0], years.at(-1)];
	if (first === last) return `${first}`;
	if (state.chart === 'bar' || state.chart === 'dots')
		return t.vYearsAnd(locale, { years: years.slice(0, -1).join(', '), last: `${last}` });
	return t.vYearsTo(locale, { first: `${first}`, last: `${last}` });
}

/** Title, subtitle, footnotes and source line of the explorer's chart frame. */
export function exploreFrame(
	/** The values drawn (a bar chart's year, a slope's span): breaks are noted where they show. */
	rows: readonly NormRow[],
	state: ExploreState,
	o: {
		norm: Norm;
		metas: readonly Meta[];
		targets: readonly Target[];
		publisherOf: (source: string) => string;
		countries: string;
		/** The years drawn (yearsDrawn): the subtitle names these, not the link's range. */
		years?: readonly number[];
		locale?: Locale;
	}
): FrameText {
	const locale = o.locale ?? 'en';
	const first = o.metas[0];
	const title =
		o.metas.length === 1 && first
			? first.label
			: t.vNIndicators(locale, {
					count: o.metas.length,
					list: o.metas.map((m) => m.label).join(', ')
				});
	const years = o.years?.length ? yearsText(o.years, state, locale) : rangeText(state, locale);
	const drawn = new Set(rows.map((r) => r.indicator_id));
	const caveats = [
		yearNote(
			o.metas.filter((m) => drawn.has(m.indicator_id)).map((m) => m.indicator_id),
			locale
		),
		NORM_NOTE[o.norm](locale),
		...breakNotes(rows, o.metas, state.chart === 'slope', locale),
		...targetNotes(rows, state, o.norm, o.targets, locale),
		...o.metas
			.filter((m) => m.caveat)
			.map((m) => (o.metas.length > 1 ? `${m.label}: ${m.caveat}` : (m.caveat as string)))
	].filter((c): c is string => !!c);
	const families = [
		...new Map(
			o.metas.map((m) => [m.family, `${m.family} (${o.publisherOf(m.source_id)})`])
		).values()
	];
	return {
		title,
		subtitle: `${o.countries}; ${years}; ${NORM_NAME[o.norm](locale)}`,
		caveats,
		source:
			t.vSourceFamilies(locale, { families: families.join('; ') }) +
			(state.ref.includes('eu') || o.norm === 'index' ? ` ${t.vEu27Rule(locale)}` : '')
	};
}
