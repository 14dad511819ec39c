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

	it('returns the coded strategies of each country, without institutions', async () => {
		const rows = await codes('coordination_model');
		expect(new Set(rows.map((r) => r.country))).toEqual(
			new Set(['BEL', 'DEU', 'DNK', 'EST', 'GBR'])
		);
		expect(rows.find((r) => r.strategy_id === 'est-2014-digital-agenda-2020')).toMatchObject({
			code: 'C',
			start_year: 2014,
			end_year: 2020,
			name: 'Estonia'
		});
		expect(rows.some((r) => r.kind === 'institution')).toBe(false);
		expect(
			(await codes('once_only')).some(
				(r) => r.strategy_id === 'bel-1990-crossroads-bank-social-security'
			)
		).toBe(false);
	});

	it('returns the benchmark for the coded countries only', async () => {
		const rows = await series('un_egdi.egdi');
		expect(new Set(rows.map((r) => r.country)).size).toBe(5);
		expect(rows.find((r) => r.country === 'DNK' && r.year === 2022)?.value).toBe(0.9717);
	});

	it('gives the default chart five points and a rho', async () => {
		const points = analysisPoints(await codes('coordination_model'), await series('un_egdi.egdi'), {
			choice: 'recent'
		});
		const est = points.find((p) => p.country === 'EST');
		expect(est).toMatchObject({ strategy_id: 'est-2021-digital-agenda-2030', code: 'C' });
		expect(est).toMatchObject({ from_year: 2022, to_year: 2024 });
		expect(est?.change).toBeCloseTo(0.97274 - (est?.from_value as number), 12);
		const dnk = points.find((p) => p.country === 'DNK');
		expect(dnk).toMatchObject({
			strategy_id: 'dnk-2011-egov-strategy',
			from_year: 2012,
			to_year: 2014
		});
		const stat = analysisStat(points, 'coordination');
		expect(stat.n).toBe(points.filter((p) => p.change !== null).length);
		expect(stat.n).toBe(5);
		expect(stat.rho).not.toBeNull();
	});

	it('binds hostile values as data, never as SQL', async () => {
		const q = analysisCodesQuery("once_only' OR 1=1 --");
		expect(q.sql).not.toContain('OR 1=1');
		expect(await db.query(q)).toEqual([]);
		expect(await db.query(analysisSeriesQuery("x'; DROP TABLE observations; --"))).toEqual([]);
	});
});
