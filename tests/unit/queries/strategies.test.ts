import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MatrixRow } from '$lib/charts/strategy-matrix';
import type { StrategyRow } from '$lib/charts/strategy-timeline';
import {
	agreementQuery,
	codebookLevelsQuery,
	codebookQuery,
	strategiesQuery,
	strategyMarksQuery
} from '$lib/queries/strategies';
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
		['codebook levels', codebookLevelsQuery()],
		['agreement', agreementQuery()],
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
		expect(find('DNK', 2012, /Digital Post/i, 'law')).toBeDefined();
		// Issue #16: the 2004-2006 joint strategy was missing.
		expect(find('DNK', 2004, /.*/, 'agreement') ?? find('DNK', 2004, /.*/)).toBeDefined();
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
				expect(own.every((r) => r.code !== null && r.source_url && r.document_url)).toBe(true);
				const quoted = own.filter((r) => r.code !== '0');
				expect(quoted.every((r) => r.evidence && r.locator)).toBe(true);
				expect(quoted.every((r) => ['stated', 'inferred'].includes(String(r.confidence)))).toBe(
					true
				);
				for (const r of quoted.filter((q) => q.confidence === 'inferred'))
					expect(r.reasoning?.length).toBeGreaterThan(10);
				for (const r of quoted.filter((q) => q.language !== 'en' && q.evidence_en !== null))
					expect(r.evidence_en).not.toBe(r.evidence);
				expect(own.filter((r) => r.code === '0').every((r) => r.evidence === null)).toBe(true);
			}
			const coordination = rows.filter((r) => r.scale === 'coordination');
			expect(coordination.every((r) => ['0', 'C', 'N', 'D'].includes(String(r.code)))).toBe(true);
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

	it('shows a coded strategy chosen by id for its country, never one whose text is unavailable', async () => {
		const latest = chosen(await matrix({ by: 'latest' }));
		const older = strategies.find(
			(s) =>
				FIVE.includes(s.country) &&
				s.n_codes === featureCount &&
				s.strategy_id !== latest.get(s.country)?.strategy_id
		) as StrategyRow;
		const rows = await matrix({ by: 'strategy', id: older.strategy_id });
		const own = rows.filter((r) => r.country === older.country);
		expect(own).toHaveLength(featureCount);
		expect(new Set(own.map((r) => r.strategy_id))).toEqual(new Set([older.strategy_id]));
		for (const r of rows.filter((x) => x.country !== older.country))
			expect(r.strategy_id).toBe(latest.get(r.country)?.strategy_id);
		const missing = strategies.find(
			(s) => FIVE.includes(s.country) && s.coding_status === 'text unavailable'
		) as StrategyRow;
		expect(missing.n_codes).toBe(0);
		const instead = chosen(await matrix({ by: 'strategy', id: missing.strategy_id }));
		expect(instead.get(missing.country)?.strategy_id).toBe(
			latest.get(missing.country)?.strategy_id
		);
	});

	it('counts codes, non-zero codes and inferred codes per strategy', async () => {
		const counts = await db.query({
			sql: `SELECT strategy_id, CAST(count(*) FILTER (WHERE code <> '0') AS INTEGER) AS n
				FROM strategy_features GROUP BY strategy_id`,
			params: []
		});
		const nonzero = new Map(counts.map((r) => [r.strategy_id, r.n]));
		for (const s of strategies) {
			expect(s.n_nonzero).toBe(nonzero.get(s.strategy_id) ?? 0);
			expect(s.n_inferred).toBeLessThanOrEqual(s.n_nonzero);
			expect(s.n_codes).toBe(s.coding_status === 'coded' ? featureCount : 0);
		}
	});

	it('reads the agreement table and the codebook levels', async () => {
		const agreement = await db.query(agreementQuery());
		expect(agreement).toHaveLength(featureCount + 1);
		expect(agreement.at(-1)?.feature_id).toBe('all features');
		for (const a of agreement) {
			expect(Number(a.agreed)).toBeLessThanOrEqual(Number(a.n));
			if (Number(a.n) > 0)
				expect(a.percent_agreement).toBeCloseTo((100 * Number(a.agreed)) / Number(a.n), 1);
		}
		const levels = await db.query(codebookLevelsQuery());
		expect(levels).toHaveLength(featureCount * 4);
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
