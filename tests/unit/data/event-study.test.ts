import { describe, expect, it } from 'vitest';
import { eventEffect } from '$lib/data/event-effect';
import { levelMedians } from '$lib/data/event-medians';
import { eventStrategies, type EventStrategy } from '$lib/data/event-strategies';
import { eventVerdict } from '$lib/data/event-verdict';
import { signed } from '$lib/data/signed';
import type { EventPathRow } from '$lib/queries/event-paths';

const row = (
	id: string,
	country: string,
	code: string,
	launch: number,
	year: number,
	value: number,
	base: [number, number] | null
): EventPathRow => ({
	strategy_id: id,
	country,
	name: country,
	title_en: id,
	kind: 'strategy',
	launch,
	code,
	confidence: 'stated',
	evidence: null,
	evidence_en: null,
	locator: null,
	year,
	t: year - launch,
	value,
	base_year: base?.[0] ?? null,
	base_value: base?.[1] ?? null,
	change: base ? value - base[1] : null,
	crosses_break: false
});

describe('eventStrategies', () => {
	const rows = [
		row('a', 'AAA', '2', 2011, 2010, 5, [2010, 5]),
		row('a', 'AAA', '2', 2011, 2012, 7, [2010, 5]),
		row('a', 'AAA', '2', 2011, 2014, 6, [2010, 5]),
		row('b', 'AAA', '0', 2015, 2016, 6, null),
		row('c', 'BBB', '1', 2013, 2010, 1, [2010, 1])
	];
	const [a, b, c] = eventStrategies(rows, { before: 4, after: 4 });

	it('measures each strategy at its last edition after launch', () => {
		expect(a).toMatchObject({ base_year: 2010, after_year: 2014, after_value: 6, change: 1 });
		expect(a?.path).toEqual([
			{ t: -1, year: 2010, change: 0 },
			{ t: 1, year: 2012, change: 2 },
			{ t: 3, year: 2014, change: 1 }
		]);
	});

	it('says why a strategy cannot be measured', () => {
		expect(b).toMatchObject({
			change: null,
			note: 'No edition in the 4 years up to the launch (2015).'
		});
		expect(c).toMatchObject({
			change: null,
			note: 'No edition in the 4 years after the launch (2013).'
		});
	});

	it('takes medians per level and year since launch, with their counts', () => {
		const more = eventStrategies(
			[
				...rows,
				row('d', 'BBB', '2', 2011, 2010, 2, [2010, 2]),
				row('d', 'BBB', '2', 2011, 2012, 6, [2010, 2])
			],
			{ before: 4, after: 4 }
		);
		expect(levelMedians(more).filter((m) => m.code === '2')).toEqual([
			{ code: '2', t: -1, change: 0, n: 2 },
			{ code: '2', t: 1, change: 3, n: 2 },
			{ code: '2', t: 3, change: 1, n: 1 }
		]);
	});
});

const measured = (id: string, country: string, code: string, change: number): EventStrategy =>
	({ strategy_id: id, country, code, change, path: [] }) as unknown as EventStrategy;

describe('eventEffect and its verdict', () => {
	const fmt = (v: number) => v.toFixed(1);

	it('compares codes 2–3 with 0–1 within countries, exactly for small designs', () => {
		const effect = eventEffect(
			[
				measured('a1', 'AAA', '0', 0),
				measured('a2', 'AAA', '3', 4),
				measured('b1', 'BBB', '1', 1),
				measured('b2', 'BBB', '2', 3)
			],
			'ordinal'
		);
		expect(effect).toMatchObject({ n: 4, countries: 2, varying: 2 });
		// Means: high (4 + 3) / 2 = 3.5, low (0 + 1) / 2 = 0.5. The 4 within-country
		// arrangements give 3, 1, −1 and −3 (|.| ≥ 3 twice): p = 0.5.
		expect(effect.difference).toMatchObject({ value: 3, p: 0.5, exact: true, arrangements: 4 });
		expect(effect.rho?.value).toBeCloseTo(1, 12);
		expect(effect.spread).toBeNull();
		expect(effect.groups.map((g) => [g.label, g.n])).toEqual([
			['0', 1],
			['1', 1],
			['2', 1],
			['3', 1]
		]);
		expect(eventVerdict(effect, fmt)).toMatch(/^The data cannot tell\. .*p = 0\.500, n = 4 in 2/);
		// One reading: the figures, then why they cannot tell (not "(…) is within …").
		expect(eventVerdict(effect, fmt)).toMatch(
			/ countries\): shuffling the codes within each country gives a result this large too often to tell it from chance\.$/
		);
	});

	it('gives nominal codes group comparisons only', () => {
		const effect = eventEffect(
			[
				measured('a1', 'AAA', 'C', 0),
				measured('a2', 'AAA', 'N', 2),
				measured('b1', 'BBB', 'C', 1),
				measured('b2', 'BBB', 'N', 3),
				measured('b3', 'BBB', 'D', 2)
			],
			'coordination'
		);
		expect(effect.difference).toBeNull();
		expect(effect.rho).toBeNull();
		expect(effect.spread?.value).toBeGreaterThan(0);
		expect(effect.groups.map((g) => g.label)).toEqual(['C', 'N', 'D']);
		// A variance has no sign: it is written as the table writes it.
		const words = eventVerdict(effect, fmt, (v) => v.toFixed(2));
		expect(words).toContain(`between-group variance ${effect.spread?.value.toFixed(2)};`);
	});

	it('says plainly when the data cannot tell anything', () => {
		const few = eventEffect(
			[measured('a', 'AAA', '1', 1), measured('b', 'BBB', '2', 2)],
			'ordinal'
		);
		expect(eventVerdict(few, fmt)).toMatch(/too few to say anything/);
		const fixed = eventEffect(
			[
				measured('a1', 'AAA', '0', 0),
				measured('a2', 'AAA', '0', 1),
				measured('b1', 'BBB', '3', 5),
				measured('b2', 'BBB', '3', 6)
			],
			'ordinal'
		);
		expect(fixed.varying).toBe(0);
		expect(eventVerdict(fixed, fmt)).toMatch(/No country's measured strategies differ/);
	});

	it('does not call a difference shown as ±0 more or less progress', () => {
		// High-coded strategies 0.01 below the low-coded ones in each of four countries.
		const strategies = ['AAA', 'BBB', 'CCC', 'DDD'].flatMap((c, i) => [
			measured(`${c}-lo`, c, '1', i),
			measured(`${c}-hi`, c, '2', i - 0.01)
		]);
		const effect = eventEffect(strategies, 'ordinal');
		expect(effect.difference?.value).toBeLessThan(0);
		const shown = (v: number) => signed(v, 1);
		expect(eventVerdict(effect, shown)).toMatch(
			/^The data cannot tell\. Strategies coded 2–3 were followed by about as much progress as those coded 0–1 \(±0\.0,/
		);
		// With a digit more, the same difference is shown, and named.
		expect(eventVerdict(effect, (v) => signed(v, 2))).toContain(
			'followed by less progress than those coded 0–1 (−0.01'
		);
	});

	it('reports a clear association when every shuffle is smaller', () => {
		const strategies = ['AAA', 'BBB', 'CCC', 'DDD', 'EEE', 'FFF'].flatMap((c, i) => [
			measured(`${c}-lo1`, c, '0', i),
			measured(`${c}-lo2`, c, '1', i + 0.5),
			measured(`${c}-hi1`, c, '2', i + 5),
			measured(`${c}-hi2`, c, '3', i + 5.5)
		]);
		const effect = eventEffect(strategies, 'ordinal');
		expect(effect.difference?.value).toBeCloseTo(5, 12);
		expect(effect.difference?.p).toBeLessThan(0.01);
		expect(effect.difference?.interval?.low).toBeGreaterThan(0);
		expect(eventVerdict(effect, fmt)).toMatch(
			/^Strategies coded 2–3 were followed by more progress/
		);
	});
});
