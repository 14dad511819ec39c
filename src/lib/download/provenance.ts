import type { IndicatorMeta } from '$lib/catalog/indicators';
import type { SourceInfo } from '$lib/cite/dashboard';
import type { CsvColumn } from './csv';

type IndicatorInfo = Pick<IndicatorMeta, 'indicator_id' | 'label' | 'unit' | 'source_id'>;
type SourceLabel = Pick<SourceInfo, 'source_id' | 'publisher' | 'title'>;

/** Where the rows' values come from, for the provenance columns of a CSV. */
export interface ProvenanceLookup {
	indicators: readonly IndicatorInfo[];
	sources: readonly SourceLabel[];
	/** The indicator of every row, for rows that carry no `indicator_id`. */
	indicator?: string;
	/** The unit of the values when it is not the indicator's own (e.g. a computed rank). */
	unit?: string;
}

export const PROVENANCE_COLUMNS: CsvColumn[] = [
	{ key: 'indicator_id' },
	{ key: 'indicator' },
	{ key: 'unit' },
	{ key: 'source_id' },
	{ key: 'source' },
	{ key: 'edition' }
];

/**
 * The rows with indicator, unit, source and edition columns added (edition: the row's `edition`,
 * else its `year`, the edition year as published), and the CSV columns to write them with.
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
		return {
			...r,
			indicator_id: id ?? null,
			indicator: meta?.label ?? null,
			unit: lookup.unit ?? meta?.unit ?? null,
			source_id: sourceId ?? null,
			source: source ? `${source.publisher}: ${source.title}` : null,
			edition: r.edition ?? r.year ?? null
		};
	});
	if (out.every((r) => r.indicator_id === null)) return { rows: [...rows], columns: [...columns] };
	const own = columns.filter((c) => !PROVENANCE_COLUMNS.some((p) => p.key === c.key));
	return { rows: out, columns: [...own, ...PROVENANCE_COLUMNS] };
}
