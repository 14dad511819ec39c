import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysisPoints } from '$lib/data/analysis-points';
import { analysisCodesQuery, type CodedStrategy } from '$lib/queries/analysis-codes';
import { analysisFeaturesQuery, type FeatureRow } from '$lib/queries/analysis-features';
import { analysisSeriesQuery, type SeriesPoint } from '$lib/queries/analysis-series';
import { strategyPathsQuery } from '$lib/queries/event-paths';
import type { Sql } from '$lib/queries/query';
import { openNodeDb } from '$lib/server/node-db';

let db: Awaited<ReturnType<typeof openNodeDb>>;
beforeAll(async () => (db = await openNodeDb('static/data')));
afterAll(() => db.connection.closeSync());

const codes = async (feature: string) =>
	(await db.query(analysisCodesQuery(feature))) as unknown as CodedStrategy[];
const series = async (indicator: string) =>
	(await db.query(analysisSeriesQuery(indicator))) as unknown as SeriesPoint[];

describe('analysis queries on real DuckDB', () => {
	it.each([
		['features', analysisFeaturesQuery()],
		['codes', analysisCodesQuery('once_only')],
		['series', analysisSeriesQuery('un_egdi.egdi')],
		['series as ranks', analysisSeriesQuery('un_egdi.egdi', 'rank')],
		[
			'strategy paths',
			strategyPathsQuery({
				indicator: 'eu_egov.overall',
				measure: 'gap',
				before: 4,
				after: 4,
				laws: true
			})
		]
	] as [string, Sql][])('%s: EXPLAIN accepts the generated SQL', async (_, q) => {
		const plan = await db.connection.runAndReadAll(`EXPLAIN ${q.sql}`, q.params as never);
		expect(plan.getRows().length).toBeGreaterThan(0);
	});

	it('lists the coded features with their scales', async () => {
		const features = (await db.query(analysisFeaturesQuery())) as unknown as FeatureRow[];
		expect(features.length).toBe(13);
		expect(features.find((f) => f.feature_id === 'coordination_model')?.scale).toBe('coordination');
		expect(features.find((f) => f.feature_id === 'once_only')?.scale).toBe('ordinal');
	});

	it('returns the coded national strategies of each country, without institutions', async () => {
		const rows = await codes('coordination_model');
		const countries = new Set(rows.map((r) => r.country));
		for (const c of ['BEL', 'DEU', 'DNK', 'EST', 'GBR']) expect(countries.has(c)).toBe(true);
		const direct = await db.query({
			sql: `SELECT sf.strategy_id, sf.code, s.kind, s.scope FROM strategy_features sf
				JOIN strategies s USING (strategy_id) WHERE sf.feature_id = 'coordination_model'`,
			params: []
		});
		const own = new Map(direct.map((r) => [r.strategy_id, r]));
		for (const r of rows) {
			expect(r.code).toBe(own.get(r.strategy_id)?.code);
			expect(own.get(r.strategy_id)?.scope).toBe('national');
		}
		expect(rows.some((r) => r.kind === 'institution')).toBe(false);
		const excluded = direct.filter((r) => r.kind === 'institution' || r.scope !== 'national');
		expect(rows.length).toBe(direct.length - excluded.length);
		const unavailable = await db.query({
			sql: `SELECT strategy_id FROM strategies WHERE coding_status = 'text unavailable'`,
			params: []
		});
		const ids = new Set(rows.map((r) => r.strategy_id));
		expect(unavailable.length).toBeGreaterThan(0);
		expect(unavailable.some((r) => ids.has(String(r.strategy_id)))).toBe(false);
	});

	it('returns the benchmark for the countries with coded strategies, as measured', async () => {
		const rows = await series('un_egdi.egdi');
		expect(new Set(rows.map((r) => r.country)).size).toBeGreaterThanOrEqual(5);
		expect(rows.find((r) => r.country === 'DNK' && r.year === 2022)?.value).toBe(0.9717);
		const ranks = (await db.query(
			analysisSeriesQuery('un_egdi.egdi', 'rank')
		)) as unknown as SeriesPoint[];
		const published = await db.query({
			sql: `SELECT CAST(value AS DOUBLE) AS value FROM observations
				WHERE indicator_id = 'un_egdi.rank' AND country = 'DNK' AND year = 2022`,
			params: []
		});
		expect(ranks.find((r) => r.country === 'DNK' && r.year === 2022)?.value).toBe(
			published[0]?.value
		);
	});

	it('gives every one of the five a row since its most recent strategy', async () => {
		const points = analysisPoints(await codes('coordination_model'), await series('un_egdi.egdi'), {
			choice: 'recent'
		});
		expect(points.map((p) => p.country).filter((c) => c.length === 3)).toEqual(
			expect.arrayContaining(['BEL', 'DEU', 'DNK', 'EST', 'GBR'])
		);
		for (const p of points) {
			if (p.change === null) expect(p.note).toMatch(/editions|Not assessed/);
			else expect(p.change).toBeCloseTo((p.to_value as number) - (p.from_value as number), 12);
		}
	});

	it('binds hostile values as data, never as SQL', async () => {
		const q = analysisCodesQuery("once_only' OR 1=1 --");
		expect(q.sql).not.toContain('OR 1=1');
		expect(await db.query(q)).toEqual([]);
		expect(await db.query(analysisSeriesQuery("x'; DROP TABLE observations; --"))).toEqual([]);
	});
});
