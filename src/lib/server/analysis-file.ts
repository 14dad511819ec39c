import { analysisCodesQuery } from '$lib/queries/analysis-codes';
import { analysisFeaturesQuery } from '$lib/queries/analysis-features';
import { analysisSeriesQuery } from '$lib/queries/analysis-series';
import { indicatorCatalogQuery } from '$lib/queries/catalog';
import { MEASURES, type Measure } from '$lib/queries/event-paths';
import type { Query } from '$lib/queries/query';
import { pathsFileQuery } from '$lib/results/analysis-file';
import { toColumns, type ColumnTable } from '$lib/results/columnar';
import type { NodeDb } from './node-db';

/** What a link can choose on /analysis: features, benchmarks (with more than one year), measures. */
export interface AnalysisChoices {
	features: string[];
	indicators: string[];
}

const known = new WeakMap<NodeDb, Promise<AnalysisChoices>>();

/** The features and benchmarks an /analysis link can choose: the ids files are written for. */
export function analysisChoices(db: NodeDb): Promise<AnalysisChoices> {
	let choices = known.get(db);
	if (!choices) known.set(db, (choices = queryChoices(db)));
	return choices;
}

async function queryChoices(db: NodeDb): Promise<AnalysisChoices> {
	const features = (await db.query(analysisFeaturesQuery())).map((f) => f.feature_id);
	const indicators = (await db.query(indicatorCatalogQuery()))
		.filter((i) => i.last_year > i.first_year)
		.map((i) => i.indicator_id);
	return { features, indicators };
}

const isMeasure = (m: string): m is Measure => (MEASURES as readonly string[]).includes(m);

const table = async <R>(db: NodeDb, query: Query<R>): Promise<ColumnTable> =>
	toColumns(await db.query(query), query.columns);

/** The strategies' paths file on a benchmark and measure; null for an unknown one. */
export async function buildPathsFile(
	db: NodeDb,
	r: { indicator: string; measure: string }
): Promise<ColumnTable | null> {
	const { indicators } = await analysisChoices(db);
	const { indicator, measure } = r;
	if (!indicators.includes(indicator) || !isMeasure(measure)) return null;
	return table(db, pathsFileQuery({ indicator, measure }));
}

/** A benchmark's series file as one measure; null for an unknown one. */
export async function buildSeriesFile(
	db: NodeDb,
	indicator: string,
	measure: string
): Promise<ColumnTable | null> {
	const { indicators } = await analysisChoices(db);
	if (!indicators.includes(indicator) || !isMeasure(measure)) return null;
	return table(db, analysisSeriesQuery(indicator, measure));
}

/** The codes file of a feature; null for an unknown one. */
export async function buildCodesFile(db: NodeDb, feature: string): Promise<ColumnTable | null> {
	const { features } = await analysisChoices(db);
	return features.includes(feature) ? table(db, analysisCodesQuery(feature)) : null;
}
