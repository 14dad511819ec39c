import type { IndicatorMeta } from '$lib/catalog/indicators';
import type { SourceInfo } from '$lib/cite/dashboard';
import type { CsvColumn } from './csv';

type IndicatorInfo = Pick<IndicatorMeta, 'indicator_id' | 'label' | 'unit' | 'source_id'> &
	Partial<Pick<IndicatorMeta, 'decimals'>>;
type SourceLabel = Pick<SourceInfo, 'source_id' | 'publisher' | 'title'> &
	Partial<Pick<SourceInfo, 'url' | 'licence_id' | 'licence_url'>>;

/** Where the rows' values come from, for the provenance columns of a CSV. */
export interface ProvenanceLookup {
	indicators: readonly IndicatorInfo[];
	sources: readonly SourceLabel[];
	/** The indicator of every row, for rows that carry no `indicator_id`. */
	indicator?: string;
	/** The unit of the values when it is not the indicator's own (e.g. a computed rank). */
	unit?: string;
	/** The values are computed here (a rank, z-score, index, gap), not as the source publishes them. */
	computed?: boolean;
}

export const PROVENANCE_COLUMNS: CsvColumn[] = [
	{ key: 'value_status' },
	{ key: 'indicator_id' },
	{ key: 'indicator' },
	{ key: 'unit' },
	{ key: 'source_id' },
	{ key: 'source' },
	{ key: 'edition' },
	{ key: 'source_url' },
	{ key: 'licence' },
	{ key: 'licence_url' }
];

/** Computed values keep two decimals more than the source prints, at most six. */
const COMPUTED_EXTRA = 2;

const round = (v: unknown, decimals: number | undefined) =>
	typeof v === 'number' && Number.isFinite(v) && decimals !== undefined
		? Number(v.toFixed(Math.min(6, decimals)))
		: v;

/** The licence id, "no open licence" where the source has none, or null where it is not known. */
const licenceText = (source: SourceLabel | undefined) =>
	source?.licence_id === undefined
		? null
		: (source.licence_id ?? 'no open licence: reuse restricted');

/** Whether a row's value is computed here: by the lookup, or as an EU27 mean of member states. */
const isComputed = (r: Record<string, unknown>, lookup: ProvenanceLookup) =>
	lookup.computed === true || r.computed === true || r.role === 'eu27_mean';

/**
 * The rows with provenance columns added, and the CSV columns to write them with: whether the value
 * is as published or computed here, indicator, unit, source, edition (the row's `edition`, else its
 * `year`), the source's page, licence (SPDX id, or "no open licence") and terms. Published values
 * (`value`, `raw`) are rounded to the decimals the source prints, computed ones to two more.
 */
export function withProvenance(
	rows: readonly object[],
	columns: readonly CsvColumn[],
	lookup: ProvenanceLookup
): { rows: object[]; columns: CsvColumn[] } {
	const indicators = new Map(lookup.indicators.map((i) => [i.indicator_id, i]));
	const sources = new Map(lookup.sources.map((s) => [s.source_id, s]));
	const out = rows.map((row) => {
		const r = row as Record<string, unknown>;
		const id = typeof r.indicator_id === 'string' ? r.indicator_id : lookup.indicator;
		const meta = id === undefined ? undefined : indicators.get(id);
		const sourceId = typeof r.source_id === 'string' ? r.source_id : meta?.source_id;
		const source = sourceId === undefined ? undefined : sources.get(sourceId);
		const computed = isComputed(r, lookup);
		const decimals = meta?.decimals;
		return {
			...r,
			value: round(
				r.value,
				computed && decimals !== undefined ? decimals + COMPUTED_EXTRA : decimals
			),
			...('raw' in r ? { raw: round(r.raw, decimals) } : {}),
			value_status: computed ? 'computed' : 'published',
			indicator_id: id ?? null,
			indicator: meta?.label ?? null,
			unit: lookup.unit ?? meta?.unit ?? null,
			source_id: sourceId ?? null,
			source: source ? `${source.publisher}: ${source.title}` : null,
			edition: r.edition ?? r.year ?? null,
			source_url: source?.url ?? null,
			licence: licenceText(source),
			licence_url: source?.licence_url ?? null
		};
	});
	if (out.every((r) => r.indicator_id === null)) return { rows: [...rows], columns: [...columns] };
	const own = columns.filter((c) => !PROVENANCE_COLUMNS.some((p) => p.key === c.key));
	return { rows: out, columns: [...own, ...PROVENANCE_COLUMNS] };
}
