import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorMeta } from '$lib/catalog/indicators';
import { eventView, testedView } from '$lib/charts/event-view';
import { rTesting } from '$lib/i18n/pages/research';
import {
	ANALYSIS_CODES_COLUMNS,
	analysisCodesQuery,
	type CodedStrategy
} from '$lib/queries/analysis-codes';
import { analysisFeaturesQuery, type FeatureRow } from '$lib/queries/analysis-features';
import { ANALYSIS_SERIES_COLUMNS, analysisSeriesQuery } from '$lib/queries/analysis-series';
import { indicatorCatalogQuery } from '$lib/queries/catalog';
import {
	eventPaths,
	MEASURES,
	STRATEGY_PATH_COLUMNS,
	withCodes,
	type EventPathRequest,
	type EventPathRow,
	type StrategyPathRow
} from '$lib/queries/event-paths';
import { pathsSlice } from '$lib/results/analysis-file';
import { fromColumns, type ColumnTable } from '$lib/results/columnar';
import {
	analysisChoices,
	buildCodesFile,
	buildPathsFile,
	buildSeriesFile
} from '$lib/server/analysis-file';
import { openNodeDb, type NodeDb } from '$lib/server/node-db';
import { analysisCodec, WINDOW_YEARS, type AnalysisState } from '$lib/state/analysis-state';

let db: NodeDb;
let features: string[];
let indicators: string[];
/** Each file asked for, as the browser reads it (through JSON). */
const pathFiles = new Map<string, StrategyPathRow[]>();
const codeFiles = new Map<string, CodedStrategy[]>();

beforeAll(async () => {
	db = await openNodeDb('static/data', { inMemory: () => true });
	({ features, indicators } = await analysisChoices(db));
});
afterAll(() => db.connection.closeSync());

const viaJson = (table: ColumnTable | null): ColumnTable => JSON.parse(JSON.stringify(table));

/** The event paths as the page draws them from the files: the paths sliced, the codes joined. */
async function fromFile(r: EventPathRequest): Promise<EventPathRow[]> {
	const key = `${r.indicator}/${r.measure}`;
	if (!pathFiles.has(key)) {
		const table = viaJson(await buildPathsFile(db, r));
		pathFiles.set(key, fromColumns<StrategyPathRow>(table, STRATEGY_PATH_COLUMNS));
	}
	if (!codeFiles.has(r.feature)) {
		const table = viaJson(await buildCodesFile(db, r.feature));
		codeFiles.set(r.feature, fromColumns<CodedStrategy>(table, ANALYSIS_CODES_COLUMNS));
	}
	const paths = pathsSlice(pathFiles.get(key) as StrategyPathRow[], r);
	return withCodes(paths, codeFiles.get(r.feature) as CodedStrategy[]);
}

describe('analysis result files', () => {
	it('answer 500 random requests with exactly the event paths DuckDB gives, in order', async () => {
		const { min, max } = WINDOW_YEARS;
		const requests = fc.record({
			feature: fc.constantFrom(...features),
			indicator: fc.constantFrom(...indicators),
			measure: fc.constantFrom(...MEASURES),
			before: fc.integer({ min, max }),
			after: fc.integer({ min, max }),
			laws: fc.boolean()
		});
		let rows = 0;
		let cut = 0;
		await fc.assert(
			fc.asyncProperty(requests, async (r) => {
				const expected = await eventPaths(db.query, r);
				rows += expected.length;
				cut += expected.filter((p) => p.base_year === null).length;
				expect(await fromFile(r)).toEqual(expected);
			}),
			{ numRuns: 500, seed: 19 }
		);
		// Enough rows, and windows short enough to lose their base edition, to mean something.
		expect(rows).toBeGreaterThan(20_000);
		expect(cut).toBeGreaterThan(500);
	}, 600_000);

	it('give the issue’s link the same analysis as the engine: effect, test and chart', async () => {
		const catalogue = await db.query(indicatorCatalogQuery());
		const feature = (await db.query(analysisFeaturesQuery())).find(
			(f) => f.feature_id === 'once_only'
		) as FeatureRow;
		const meta = catalogue.find((i) => i.indicator_id === 'eu_egov.overall') as IndicatorMeta;
		const codec = analysisCodec({ isFeature: () => true, isIndicator: () => true });
		const state: AnalysisState = {
			...codec.defaults,
			feature: 'once_only',
			indicator: meta.indicator_id
		};
		const r = { ...state, measure: 'score' as const };
		const early = eventView(await fromFile(r), state, feature, meta);
		const live = eventView(await eventPaths(db.query, r), state, feature, meta);
		expect(early.effect.groups.length).toBeGreaterThan(1);
		expect(JSON.stringify(early)).toBe(JSON.stringify(live));
	});

	it('draw the chart before the tests, and the tests then give the same view', async () => {
		const catalogue = await db.query(indicatorCatalogQuery());
		const meta = catalogue.find((i) => i.indicator_id === 'un_egdi.egdi') as IndicatorMeta;
		const codec = analysisCodec({ isFeature: () => true, isIndicator: () => true });
		let withTests = 0;
		for (const feature of await db.query(analysisFeaturesQuery())) {
			const state: AnalysisState = {
				...codec.defaults,
				feature: feature.feature_id,
				indicator: meta.indicator_id
			};
			const rows = await eventPaths(db.query, { ...state, measure: 'rank' });
			const whole = eventView(rows, state, feature, meta);
			const first = eventView(rows, state, feature, meta, 'en', { tests: false });
			// The chart, its description and the levels' summary are there at once...
			expect(JSON.stringify(first.options)).toBe(JSON.stringify(whole.options));
			expect(first.description).toBe(whole.description);
			expect(first.effect.groups).toEqual(whole.effect.groups);
			// ...the tests are not, and the verdict says they are running.
			expect([first.effect.difference, first.effect.rho, first.effect.spread]).toEqual([
				null,
				null,
				null
			]);
			expect([first.tested, first.verdict]).toEqual([false, rTesting('en')]);
			// Run afterwards, they give exactly what the whole view computed at once.
			expect(JSON.stringify(testedView(first))).toBe(JSON.stringify(whole));
			if (whole.effect.difference ?? whole.effect.spread) withTests++;
		}
		expect(withTests).toBeGreaterThan(3);
	}, 120_000);

	it('hold each feature’s codes and each benchmark’s series as their queries give them', async () => {
		for (const feature of features) {
			const table = viaJson(await buildCodesFile(db, feature));
			expect(fromColumns(table, ANALYSIS_CODES_COLUMNS)).toEqual(
				await db.query(analysisCodesQuery(feature))
			);
		}
		for (const indicator of indicators.slice(0, 12))
			for (const measure of MEASURES) {
				const table = viaJson(await buildSeriesFile(db, indicator, measure));
				expect(fromColumns(table, ANALYSIS_SERIES_COLUMNS)).toEqual(
					await db.query(analysisSeriesQuery(indicator, measure))
				);
			}
	}, 120_000);

	it('are written for no unknown feature, benchmark or measure', async () => {
		const [feature, indicator] = [features[0] as string, indicators[0] as string];
		expect(await buildPathsFile(db, { indicator, measure: 'level' })).toBeNull();
		expect(await buildPathsFile(db, { indicator: 'no.such', measure: 'score' })).toBeNull();
		expect(await buildSeriesFile(db, 'no.such', 'score')).toBeNull();
		expect(await buildCodesFile(db, 'no_such')).toBeNull();
		expect(await buildCodesFile(db, feature)).not.toBeNull();
	});
});
