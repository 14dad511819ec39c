import type { IndicatorMeta } from '$lib/catalog/indicators';
import type { Measure } from '$lib/queries/event-paths';

type Meta = Pick<IndicatorMeta, 'source_id' | 'unit' | 'scale_max' | 'label'>;

/** Indices normalised within each edition: a country's score moves when others do. */
export const isRelative = (meta: Pick<IndicatorMeta, 'source_id' | 'unit'>) =>
	meta.source_id === 'un_egdi' && meta.unit !== 'rank';

/** The measure that suits a benchmark: rank for indices relative within an edition, else score. */
export const defaultMeasure = (meta: Pick<IndicatorMeta, 'source_id' | 'unit'>): Measure =>
	isRelative(meta) ? 'rank' : 'score';

/** How the measure is named on the axis and in sentences. */
export function measureLabel(measure: Measure, meta: Meta): string {
	if (measure === 'rank') return `places gained in the ${meta.label} ranking`;
	if (measure === 'gap') return `change in the gap to the EU27 mean, ${meta.label}`;
	return `change in ${meta.label}`;
}

/** Digits for the measure's changes. */
export const measureDigits = (measure: Measure, meta: Meta) =>
	measure === 'rank' || meta.unit === 'rank' ? 0 : (meta.scale_max ?? 100) <= 1 ? 3 : 1;

/** The caveat a measure carries on this benchmark, if any. */
export function measureCaveat(measure: Measure, meta: Meta): string | null {
	if (measure === 'score' && isRelative(meta))
		return `The ${meta.label} is relative within each edition (normalised over all countries assessed), so a change in score partly reflects other countries; rank or the gap to the EU27 mean suit it better.`;
	if (measure === 'rank')
		return 'Rank among all countries assessed in each edition (1 = best), counted here; places gained are positive.';
	if (measure === 'gap')
		return 'Gap = the value minus the mean of the EU27 members assessed in that edition; a rising gap is progress relative to the EU.';
	return null;
}
