import type { IndicatorMeta } from '$lib/catalog/indicators';
import { yearNote } from '$lib/catalog/year-meaning';
import type { NormRow } from '$lib/data/explore-rows';
import type { Target } from '$lib/data/gap-to-target';
import type { ExploreState, Norm } from '$lib/state/explore-state';

type Meta = Pick<IndicatorMeta, 'indicator_id' | 'label' | 'family' | 'source_id' | 'caveat'>;

export interface FrameText {
	title: string;
	subtitle: string;
	caveats: string[];
	source: string;
}

const NORM_NOTE: Record<Norm, string> = {
	raw: '',
	rank: 'Rank: position among all countries the source assessed that year (1 = best; ties share the better rank). EU27: mean rank of the member states assessed. Where a source publishes its own ranks over fewer countries (the OECD ranks its members, not the partner countries it also scores), these can differ from them; the overview and the country profiles show the published ones.',
	zscore:
		'z-score: (value − mean) ÷ standard deviation across all countries the source assessed that year (sample standard deviation); 0 is the average country.',
	index:
		'Index: value ÷ EU27 average of the same year × 100. The EU27 average is the one the source publishes where it publishes one, otherwise the mean of the member states assessed.',
	gap: 'Gap to target: target − value, in the indicator’s unit; 0 or below means the target is met.'
};

const NORM_NAME: Record<Norm, string> = {
	raw: 'raw values',
	rank: 'rank among countries assessed',
	zscore: 'z-score across countries assessed',
	index: 'index, EU27 average = 100',
	gap: 'gap to target'
};

/** Footnotes for the series breaks the chart shows (`rows`: the values drawn), per indicator. */
export function breakNotes(
	rows: readonly NormRow[],
	metas: readonly Meta[],
	slope = false
): string[] {
	return metas.flatMap((m) => {
		const flagged = rows.filter((r) => r.indicator_id === m.indicator_id && r.flag === 'break');
		const years = [...new Set(flagged.map((r) => r.year))].sort().join(', ');
		if (!years) return [];
		const lead = slope
			? `Dotted lines cross a series break in ${m.label} (${years})`
			: `○ Series break in ${m.label}, ${years}`;
		return [`${lead}: the method changed; values before and after are not comparable.`];
	});
}

function targetNotes(
	rows: readonly NormRow[],
	state: ExploreState,
	norm: Norm,
	targets: readonly Target[]
): string[] {
	const mine = targets.filter((t) => state.indicator.includes(t.indicator_id));
	if (norm !== 'gap' && !state.ref.includes('target')) return [];
	const notes = mine.map((t) => {
		// A target due before the series starts (the 2011–2015 action plan on a 2017– series) is a
		// level to compare with, not a deadline the chart can show being met or missed.
		const years = rows.filter((r) => r.indicator_id === t.indicator_id).map((r) => r.year);
		const first = years.length ? Math.min(...years) : null;
		const expired =
			first !== null && t.target_year < first
				? ` It was due in ${t.target_year}, before the first edition drawn (${first}): read it as a reference level, not a deadline.`
				: '';
		return `Target: ${t.label} (${t.source_url}).${expired}`;
	});
	if (state.ref.includes('target') && mine.length && norm !== 'raw' && norm !== 'gap')
		notes.push('The target line is drawn only with raw values and the gap to target.');
	return notes;
}

/** The link's year range, for a chart with nothing drawn. */
function rangeText({ time: { from, to } }: ExploreState): string {
	return from !== null && from === to
		? `${from}`
		: `${from ?? 'first edition'} to ${to ?? 'latest'}`;
}

/** The years drawn: "2024", "2010 to 2024", or a bar chart's "2023 and 2024 (each one's latest)". */
function yearsText(years: readonly number[], state: ExploreState): string {
	const [first, last] = [years[0], years.at(-1)];
	if (first === last) return `${first}`;
	if (state.chart === 'bar' || state.chart === 'dots')
		return `${years.slice(0, -1).join(', ')} and ${last} (each indicator's latest)`;
	return `${first} to ${last}`;
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
	}
): FrameText {
	const first = o.metas[0];
	const title =
		o.metas.length === 1 && first
			? first.label
			: `${o.metas.length} indicators: ${o.metas.map((m) => m.label).join(', ')}`;
	const years = o.years?.length ? yearsText(o.years, state) : rangeText(state);
	const drawn = new Set(rows.map((r) => r.indicator_id));
	const caveats = [
		yearNote(o.metas.filter((m) => drawn.has(m.indicator_id)).map((m) => m.indicator_id)),
		NORM_NOTE[o.norm],
		...breakNotes(rows, o.metas, state.chart === 'slope'),
		...targetNotes(rows, state, o.norm, o.targets),
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
		subtitle: `${o.countries}; ${years}; ${NORM_NAME[o.norm]}`,
		caveats,
		source:
			`Source: ${families.join('; ')}.` +
			(state.ref.includes('eu') || o.norm === 'index'
				? ' EU27 average: as published where the source publishes one, otherwise the mean of the member states assessed.'
				: '')
	};
}
