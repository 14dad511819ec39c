import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysisPoints } from '$lib/data/analysis-points';
import { analysisStat } from '$lib/data/analysis-scale';
import { analysisCodesQuery, type CodedStrategy } from '$lib/queries/analysis-codes';
import { analysisFeaturesQuery, type FeatureRow } from '$lib/queries/analysis-features';
import { analysisSeriesQuery, type SeriesPoint } from '$lib/queries/analysis-series';
import type { Query } from '$lib/queries/query';
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
		['series', analysisSeriesQuery('un_egdi.egdi')]
	] as [string, Query][])('%s: EXPLAIN accepts the generated SQL', async (_, q) => {
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
		expect(new Set(rows.map((r) => r.country))).toEqual(
			new Set(['BEL', 'DEU', 'DNK', 'EST', 'GBR'])
		);
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

	it('returns the benchmark for the coded countries only', async () => {
		const rows = await series('un_egdi.egdi');
		expect(new Set(rows.map((r) => r.country)).size).toBe(5);
		expect(rows.find((r) => r.country === 'DNK' && r.year === 2022)?.value).toBe(0.9717);
	});

	it('gives the default chart a point per country and a rho', async () => {
		const coded = await codes('coordination_model');
		const points = analysisPoints(coded, await series('un_egdi.egdi'), { choice: 'recent' });
		expect(new Set(points.map((p) => p.country))).toEqual(
			new Set(['BEL', 'DEU', 'DNK', 'EST', 'GBR'])
		);
		for (const p of points) {
			const own = coded.find((c) => c.strategy_id === p.strategy_id);
			expect(own?.country).toBe(p.country);
			expect(p.code).toBe(own?.code);
			if (p.change !== null) expect(p.to_year).toBeGreaterThan(p.from_year as number);
		}
		const stat = analysisStat(points, 'coordination');
		expect(stat.n).toBeGreaterThanOrEqual(3);
		expect(stat.n).toBeLessThanOrEqual(points.filter((p) => p.change !== null).length);
	});

	it('binds hostile values as data, never as SQL', async () => {
		const q = analysisCodesQuery("once_only' OR 1=1 --");
		expect(q.sql).not.toContain('OR 1=1');
		expect(await db.query(q)).toEqual([]);
		expect(await db.query(analysisSeriesQuery("x'; DROP TABLE observations; --"))).toEqual([]);
	});
});
