import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MatrixRow } from '$lib/charts/strategy-matrix';
import type { StrategyRow } from '$lib/charts/strategy-timeline';
import { codebookQuery, strategiesQuery, strategyMarksQuery } from '$lib/queries/strategies';
import { strategyMatrixQuery } from '$lib/queries/strategy-matrix';
import type { Query } from '$lib/queries/query';
import { openNodeDb } from '$lib/server/node-db';
import type { StrategyChoice } from '$lib/state/strategies-state';

const FIVE = ['BEL', 'DNK', 'EST', 'DEU', 'GBR'];
let db: Awaited<ReturnType<typeof openNodeDb>>;
let strategies: StrategyRow[];
let featureCount: number;
beforeAll(async () => {
	db = await openNodeDb('static/data');
	strategies = (await db.query(strategiesQuery())) as unknown as StrategyRow[];
	featureCount = (await db.query(codebookQuery())).length;
});
afterAll(() => db.connection.closeSync());

const matrix = async (pick: StrategyChoice, countries = FIVE) =>
	(await db.query(strategyMatrixQuery({ countries, pick }))) as unknown as MatrixRow[];
const chosen = (rows: MatrixRow[]) => new Map(rows.map((r) => [r.country, r]));

describe('strategy SQL builders on real DuckDB', () => {
	it.each([
		['strategies', strategiesQuery()],
		['marks', strategyMarksQuery(FIVE)],
		['marks, no country', strategyMarksQuery([])],
		['codebook', codebookQuery()],
		['matrix, latest', strategyMatrixQuery({ countries: FIVE, pick: { by: 'latest' } })],
		['matrix, first', strategyMatrixQuery({ countries: FIVE, pick: { by: 'first' } })],
		['matrix, year', strategyMatrixQuery({ countries: FIVE, pick: { by: 'year', year: 2012 } })],
		[
			'matrix, strategy',
			strategyMatrixQuery({ countries: FIVE, pick: { by: 'strategy', id: 'x' } })
		],
		['matrix, no country', strategyMatrixQuery({ countries: [], pick: { by: 'latest' } })]
	] as [string, Query][])('%s: EXPLAIN accepts the generated SQL', async (_, q) => {
		const plan = await db.connection.runAndReadAll(`EXPLAIN ${q.sql}`, q.params as never);
		expect(plan.getRows().length).toBeGreaterThan(0);
	});

	it('lists the checked facts of the timelines', () => {
		const find = (country: string, year: number, title: RegExp, kind?: string) =>
			strategies.find(
				(s) =>
					s.country === country &&
					s.start_year === year &&
					title.test(s.title_en) &&
					(!kind || s.kind === kind)
			);
		expect(find('DEU', 2017, /Online Access Act/, 'law')).toBeDefined();
		expect(find('EST', 2001, /X-Road/)).toBeDefined();
		expect(find('BEL', 2014, /once-only/i, 'law')).toBeDefined();
		expect(find('DNK', 2013, /Digital Post/i, 'law')).toBeDefined();
		expect(find('GBR', 2011, /Government Digital Service/)).toBeDefined();
		expect(find('GBR', 2012, /Government Digital Strategy/)).toBeDefined();
		expect(strategies.every((s) => typeof s.start_year === 'number' && s.name)).toBe(true);
		expect(strategies.every((s) => Number.isInteger(s.n_codes))).toBe(true);
	});

	it('puts the five and the extension countries on the timeline', () => {
		const countries = new Set(strategies.map((s) => s.country));
		for (const c of [...FIVE, 'FRA', 'ITA', 'NLD', 'NOR', 'ESP']) expect(countries).toContain(c);
	});

	it('gives the marks of the chosen countries only, by launch year', async () => {
		const rows = await db.query(strategyMarksQuery(['DEU', 'EST']));
		expect(new Set(rows.map((r) => r.country))).toEqual(new Set(['DEU', 'EST']));
		expect(
			rows.find((r) => r.country === 'EST' && /X-Road/.test(String(r.title_en)))
		).toMatchObject({ start_year: 2001 });
		expect(await db.query(strategyMarksQuery([]))).toEqual([]);
	});

	it('reads the codebook with the coordination model on its own scale', async () => {
		const features = await db.query(codebookQuery());
		const ids = features.map((f) => f.feature_id);
		for (const id of ['coordination_model', 'once_only', 'eid', 'dedicated_budget'])
			expect(ids).toContain(id);
		expect(features.find((f) => f.feature_id === 'coordination_model')?.scale).toBe('coordination');
		expect(features.every((f) => String(f.definition).length > 20)).toBe(true);
		expect(features.every((f) => String(f.coding_rule).length > 20)).toBe(true);
	});

	it('shows one fully coded strategy per country, every feature with its evidence', async () => {
		for (const pick of [{ by: 'latest' }, { by: 'first' }] as StrategyChoice[]) {
			const rows = await matrix(pick);
			expect(rows).toHaveLength(FIVE.length * featureCount);
			for (const c of FIVE) {
				const own = rows.filter((r) => r.country === c);
				expect(new Set(own.map((r) => r.strategy_id)).size).toBe(1);
				expect(own.every((r) => r.code !== null && r.evidence && r.source_url)).toBe(true);
				expect(own.every((r) => ['stated', 'inferred'].includes(String(r.confidence)))).toBe(true);
			}
			const coordination = rows.filter((r) => r.scale === 'coordination');
			expect(coordination.every((r) => ['C', 'N', 'D'].includes(String(r.code)))).toBe(true);
			const ordinal = rows.filter((r) => r.scale === 'ordinal');
			expect(ordinal.every((r) => ['0', '1', '2', '3'].includes(String(r.code)))).toBe(true);
		}
	});

	it('picks the first and the most recent coded strategy, and the latest by a year', async () => {
		const [first, latest, by2012] = await Promise.all([
			matrix({ by: 'first' }),
			matrix({ by: 'latest' }),
			matrix({ by: 'year', year: 2012 })
		]);
		for (const c of FIVE) {
			const [f, l, y] = [first, latest, by2012].map((rows) => chosen(rows).get(c));
			expect(f?.start_year).toBeLessThanOrEqual(l?.start_year ?? 0);
			if (y) expect(y.start_year).toBeLessThanOrEqual(2012);
			const complete = strategies.filter((s) => s.country === c && s.n_codes >= featureCount);
			expect(l?.start_year).toBe(Math.max(...complete.map((s) => s.start_year)));
		}
		expect(chosen(by2012).get('GBR')?.title_en).toMatch(/Government Digital Strategy/);
		expect(await matrix({ by: 'year', year: 1950 })).toEqual([]);
	});

	it('shows a strategy chosen by id for its country, partly coded or not', async () => {
		const partial = strategies.find(
			(s) => FIVE.includes(s.country) && s.n_codes > 0 && s.n_codes < featureCount
		) as StrategyRow;
		const rows = await matrix({ by: 'strategy', id: partial.strategy_id });
		const own = rows.filter((r) => r.country === partial.country);
		expect(own).toHaveLength(featureCount);
		expect(new Set(own.map((r) => r.strategy_id))).toEqual(new Set([partial.strategy_id]));
		expect(own.filter((r) => r.code !== null)).toHaveLength(partial.n_codes);
		const others = chosen(await matrix({ by: 'latest' }));
		for (const r of rows.filter((x) => x.country !== partial.country))
			expect(r.strategy_id).toBe(others.get(r.country)?.strategy_id);
	});

	it('binds hostile values as data, never as SQL', async () => {
		const q = strategyMarksQuery(["DEU'; DROP TABLE strategies; --"]);
		expect(q.sql).not.toContain('DROP');
		expect(await db.query(q)).toEqual([]);
		const m = strategyMatrixQuery({
			countries: FIVE,
			pick: { by: 'strategy', id: "x' OR 1=1 --" }
		});
		expect(m.sql).not.toContain('OR 1=1');
		expect(chosen((await db.query(m as Query)) as unknown as MatrixRow[]).size).toBe(FIVE.length);
		expect((await db.query(strategiesQuery())).length).toBe(strategies.length);
	});
});
