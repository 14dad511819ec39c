import type { CsvColumn } from './csv';

/** The numbers a chart shows, for its CSV download (see `withProvenance` for source columns). */
export interface ChartData {
	rows: readonly object[];
	columns: readonly CsvColumn[];
	/** File name without extension. */
	filename: string;
}
