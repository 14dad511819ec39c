import type { ServiceResultRow } from '$lib/queries/services-grid';
import type { ServicesSummaryRow } from '$lib/queries/services-summary';
import { gridRequest, type ServicesState } from '$lib/state/services-state';
import { fromColumns, type ColumnTable } from './columnar';
import { resultFile } from './result-file';
import {
	GRID_COLUMNS,
	gridFilePath,
	gridSlice,
	SUMMARY_COLUMNS,
	summaryFilePath,
	summarySlice
} from './services-file';

/** A state's grid from its life event and edition's file, before the engine has the services. */
export const gridEarly = async (s: ServicesState): Promise<ServiceResultRow[]> =>
	gridSlice(
		fromColumns<ServiceResultRow>(
			await resultFile<ColumnTable>(gridFilePath(Number(s.edition), s.event)),
			GRID_COLUMNS
		),
		gridRequest(s)
	);

/** The summary of a life event (its slug) for the chosen countries, from its file. */
export const summaryEarly = async (s: {
	country: readonly string[];
	event: string;
}): Promise<ServicesSummaryRow[]> =>
	summarySlice(
		fromColumns<ServicesSummaryRow>(
			await resultFile<ColumnTable>(summaryFilePath(s.event)),
			SUMMARY_COLUMNS
		),
		s.country
	);
