import { ANALYSIS_CODES_COLUMNS, type CodedStrategy } from '$lib/queries/analysis-codes';
import { ANALYSIS_SERIES_COLUMNS, type SeriesPoint } from '$lib/queries/analysis-series';
import {
	STRATEGY_PATH_COLUMNS,
	type Measure,
	type PathRequest,
	type StrategyPathRow
} from '$lib/queries/event-paths';
import { codesFilePath, pathsFilePath, pathsSlice, seriesFilePath } from './analysis-file';
import { fromColumns, type ColumnTable } from './columnar';
import { resultFile } from './result-file';

/** A request's strategy paths from its benchmark and measure's file, before the engine. */
export const pathsEarly = async (r: PathRequest): Promise<StrategyPathRow[]> =>
	pathsSlice(
		fromColumns<StrategyPathRow>(
			await resultFile<ColumnTable>(pathsFilePath(r)),
			STRATEGY_PATH_COLUMNS
		),
		r
	);

/** A feature's coded strategies from their file, before the engine is up. */
export const codesEarly = async (feature: string): Promise<CodedStrategy[]> =>
	fromColumns(await resultFile<ColumnTable>(codesFilePath(feature)), ANALYSIS_CODES_COLUMNS);

/** A benchmark's series as measured, from its file, before the engine is up. */
export const seriesEarly = async (s: { indicator: string; measure: Measure }) =>
	fromColumns<SeriesPoint>(
		await resultFile<ColumnTable>(seriesFilePath(s.indicator, s.measure)),
		ANALYSIS_SERIES_COLUMNS
	);
