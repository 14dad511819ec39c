import type { IndicatorMeta } from '$lib/catalog/indicators';
import type { Measure } from '$lib/queries/event-paths';
import type { Locale } from '$lib/i18n/locales';
import * as m from '$lib/i18n/pages/research';

type Meta = Pick<IndicatorMeta, 'source_id' | 'unit' | 'scale_max' | 'label'>;

/** Indices normalised within each edition: a country's score moves when others do. */
export const isRelative = (meta: Pick<IndicatorMeta, 'source_id' | 'unit'>) =>
	meta.source_id === 'un_egdi' && meta.unit !== 'rank';

/** The measure that suits a benchmark: rank for indices relative within an edition, else score. */
export const defaultMeasure = (meta: Pick<IndicatorMeta, 'source_id' | 'unit'>): Measure =>
	isRelative(meta) ? 'rank' : 'score';

/** How the measure is named on the axis and in sentences. */
export function measureLabel(measure: Measure, meta: Meta, locale: Locale = 'en'): string {
	const label = meta.label;
	if (measure === 'rank') return m.rMeasureRankLabel(locale, { label });
	if (measure === 'gap') return m.rMeasureGapLabel(locale, { label });
	return m.rMeasureScoreLabel(locale, { label });
}

/** Digits for the measure's changes. */
export const measureDigits = (measure: Measure, meta: Meta) =>
	measure === 'rank' || meta.unit === 'rank' ? 0 : (meta.scale_max ?? 100) <= 1 ? 3 : 1;

/** The caveat a measure carries on this benchmark, if any. */
export function measureCaveat(measure: Measure, meta: Meta, locale: Locale = 'en'): string | null {
	if (measure === 'score' && isRelative(meta))
		return m.rMeasureRelativeCaveat(locale, { label: meta.label });
	if (measure === 'rank') return m.rMeasureRankCaveat(locale);
	if (measure === 'gap') return m.rMeasureGapCaveat(locale);
	return null;
}
