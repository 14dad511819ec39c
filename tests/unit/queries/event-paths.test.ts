import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysisCodesQuery } from '$lib/queries/analysis-codes';
import {
	eventPaths,
	STRATEGY_PATH_COLUMNS,
	strategyPathsQuery,
	type EventPathRequest
} from '$lib/queries/event-paths';
import type { Query } from '$lib/queries/query';
import { eventFixture } from './event-fixture';

let db: Awaited<ReturnType<typeof eventFixture>>;
beforeAll(async () => (db = await eventFixture()));
afterAll(() => db.close());

const REQUEST: EventPathRequest = {
	feature: 'f',
	indicator: 'up',
	measure: 'score',
	before: 4,
	after: 4,
	laws: false
};
const query = <R>(q: Query<R>) => db.query(q) as Promise<R[]>;
const paths = async (patch: Partial<EventPathRequest>) =>
	(await eventPaths(query, { ...REQUEST, ...patch })) as unknown as Record<string, unknown>[];
const path = (rows: Record<string, unknown>[], id: string) =>
	rows.filter((r) => r.strategy_id === id).map((r) => [r.year, r.t, r.value, r.change]);

describe('the event paths (strategy paths with a feature’s codes) on a hand-made database', () => {
	it('measures scores from the last edition at or before launch', async () => {
		const rows = await paths({});
		expect(path(rows, 'aaa-2011-plan')).toEqual([
			[2008, -3, 0.4, expect.closeTo(-0.1, 12)],
			[2010, -1, 0.5, 0],
			[2012, 1, 0.6, expect.closeTo(0.1, 12)],
			[2014, 3, 0.8, expect.closeTo(0.3, 12)]
		]);
		expect(rows.find((r) => r.strategy_id === 'aaa-2011-plan')).toMatchObject({
			base_year: 2010,
			base_value: 0.5,
			name: 'Aland',
			evidence: 'quote',
			locator: 'p. 1'
		});
		// BBB's agreement launched in an edition year: that edition is its base.
		expect(path(rows, 'bbb-2012-deal')).toEqual([
			[2008, -4, 0.7, expect.closeTo(0.2, 12)],
			[2010, -2, 0.7, expect.closeTo(0.2, 12)],
			[2012, 0, 0.5, 0],
			[2014, 2, 0.6, expect.closeTo(0.1, 12)]
		]);
	});

	it('keeps only national strategies coded from their text; laws when asked', async () => {
		const ids = (rows: Record<string, unknown>[]) => [...new Set(rows.map((r) => r.strategy_id))];
		expect(ids(await paths({}))).toEqual(['aaa-2011-plan', 'bbb-2012-deal']);
		expect(ids(await paths({ laws: true }))).toEqual([
			'aaa-2011-law',
			'aaa-2011-plan',
			'bbb-2012-deal'
		]);
	});

	it('ranks within each edition and counts places gained as progress', async () => {
		const rows = await paths({ measure: 'rank' });
		// AAA ranks 3rd of 3 in 2010 (0.5 < 0.7 < 0.9), 1st of 3 in 2012 (0.6 > 0.5 > 0.4).
		expect(path(rows, 'aaa-2011-plan').slice(1, 3)).toEqual([
			[2010, -1, 3, 0],
			[2012, 1, 1, 2]
		]);
	});

	it('measures the gap to the mean of the EU27 members assessed', async () => {
		const rows = await paths({ measure: 'gap' });
		// EU27 members AAA and BBB: 2010 mean 0.6, 2012 mean 0.55; the aggregate row is ignored.
		expect(path(rows, 'aaa-2011-plan').slice(1, 3)).toEqual([
			[2010, -1, expect.closeTo(-0.1, 12), 0],
			[2012, 1, expect.closeTo(0.05, 12), expect.closeTo(0.15, 12)]
		]);
	});

	it('signs a lower-is-better benchmark so that a fall is progress', async () => {
		const rows = await paths({ indicator: 'down' });
		expect(path(rows, 'aaa-2011-plan')).toEqual([
			[2010, -1, 5, 0],
			[2012, 1, 3, 2]
		]);
	});

	it('flags the editions a change of method separates from the base', async () => {
		const rows = await paths({});
		const flags = rows
			.filter((r) => r.strategy_id === 'aaa-2011-plan')
			.map((r) => [r.year, r.crosses_break]);
		expect(flags).toEqual([
			[2008, false],
			[2010, false],
			[2012, false],
			[2014, true]
		]);
	});

	it('keeps the window: no base when no edition falls in the years before launch', async () => {
		const rows = await paths({ before: 1, after: 1 });
		expect(path(rows, 'aaa-2011-plan')).toEqual([
			[2010, -1, 0.5, 0],
			[2012, 1, 0.6, expect.closeTo(0.1, 12)]
		]);
		const tight = await paths({ indicator: 'up', before: 1, after: 2 });
		expect(tight.filter((r) => r.strategy_id === 'bbb-2012-deal').map((r) => r.year)).toEqual([
			2012, 2014
		]);
	});

	it('joins the feature’s codes, and leaves out a strategy not coded on it', async () => {
		const rows = await paths({ feature: 'g' });
		expect([...new Set(rows.map((r) => r.strategy_id))]).toEqual(['bbb-2012-deal']);
		expect(rows[0]).toMatchObject({
			code: '0',
			confidence: 'inferred',
			evidence: 'other',
			evidence_en: 'andere',
			locator: 's. 2'
		});
		// The paths themselves are the feature's paths whatever the feature.
		const strip = (rs: Record<string, unknown>[]) =>
			rs.map((r) => STRATEGY_PATH_COLUMNS.map((c) => r[c]));
		const f = await paths({});
		expect(strip(rows)).toEqual(strip(f.filter((r) => r.strategy_id === 'bbb-2012-deal')));
		expect(await query(analysisCodesQuery('g'))).toHaveLength(1);
		expect(await query(strategyPathsQuery(REQUEST))).toHaveLength(f.length);
	});

	it('binds hostile values as data', async () => {
		expect(await paths({ feature: "f' OR 1=1 --" })).toEqual([]);
		expect(await paths({ indicator: "up'; DROP TABLE observations; --" })).toEqual([]);
		// An unknown measure is only a value: it matches no case and reads as the score.
		expect(await paths({ measure: "rank' --" as never })).toEqual(await paths({}));
	});
});
