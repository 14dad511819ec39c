import type { EventPathRequest, EventPathRow } from '$lib/queries/event-paths';
import type { NodeDb } from '$lib/server/node-db';

interface Observation {
	indicator_id: string;
	country: string;
	year: number;
	value: number | null;
	flag: string | null;
}
interface Country {
	country: string;
	name: string;
	eu27: boolean | null;
	is_aggregate: boolean | null;
}
interface Strategy {
	strategy_id: string;
	country: string;
	title_en: string;
	kind: string;
	scope: string;
	start_year: number | null;
	coding_status: string;
}
interface Code {
	strategy_id: string;
	feature_id: string;
	code: string;
	confidence: string;
	evidence: string | null;
	evidence_en: string | null;
	locator: string | null;
}

/** The shipped tables the event paths read, as plain rows (no SQL beyond `SELECT`). */
export interface RawTables {
	observations: Observation[];
	countries: Country[];
	indicators: { indicator_id: string; higher_is_better: boolean | null }[];
	strategies: Strategy[];
	codes: Code[];
}

export async function rawTables(db: NodeDb): Promise<RawTables> {
	const all = async <T>(sql: string) => (await db.query({ sql, params: [] })) as unknown as T[];
	return {
		observations: await all('SELECT indicator_id, country, year, value, flag FROM observations'),
		countries: await all('SELECT country, name, eu27, is_aggregate FROM countries'),
		indicators: await all('SELECT indicator_id, higher_is_better FROM indicators'),
		strategies: await all(
			'SELECT strategy_id, country, title_en, kind, scope, start_year, coding_status FROM strategies'
		),
		codes: await all(
			'SELECT strategy_id, feature_id, code, confidence, evidence, evidence_en, locator FROM strategy_features'
		)
	};
}

interface Measured {
	country: string;
	year: number;
	value: number | null;
	sign: number;
	method: number;
}

/** The benchmark per country and edition as the measure asks, computed row by row. */
function measured(t: RawTables, r: EventPathRequest): Measured[] {
	const info = t.indicators.find((i) => i.indicator_id === r.indicator);
	if (!info) return [];
	const better = info.higher_is_better === false ? -1 : 1;
	const countries = new Map(t.countries.map((c) => [c.country, c]));
	const obs = t.observations.filter(
		(o) =>
			o.indicator_id === r.indicator &&
			o.value !== null &&
			countries.get(o.country)?.is_aggregate === false
	);
	return obs.map((o) => {
		const sameYear = obs.filter((x) => x.year === o.year);
		const v = o.value as number;
		let value: number | null = v;
		if (r.measure === 'rank')
			value = 1 + sameYear.filter((x) => (x.value as number) * better > v * better).length;
		if (r.measure === 'gap') {
			const eu = sameYear.filter((x) => countries.get(x.country)?.eu27 === true);
			const mean = eu.reduce((s, x) => s + (x.value as number), 0) / eu.length;
			value = eu.length ? v - mean : null;
		}
		const breaks = obs.filter((x) => x.country === o.country && x.year <= o.year);
		return {
			country: o.country,
			year: o.year,
			value,
			sign: r.measure === 'rank' ? -1 : better,
			method: breaks.filter((x) => x.flag === 'break').length
		};
	});
}

const KINDS = ['strategy', 'agreement', 'programme'];
/** DuckDB's default order of text: by bytes, which for these ASCII ids is JavaScript's. */
const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The event paths recomputed the slow, obvious way from the raw rows: for each coded national
 * strategy, each edition within the window, the last edition at or before launch as the base.
 */
export function naiveEventPaths(t: RawTables, r: EventPathRequest): EventPathRow[] {
	const rows = measured(t, r);
	const names = new Map(t.countries.map((c) => [c.country, c.name]));
	const out: EventPathRow[] = [];
	for (const s of t.strategies) {
		const launch = s.start_year;
		if (launch === null || !names.has(s.country)) continue;
		if (s.coding_status !== 'coded' || s.scope !== 'national') continue;
		if (!KINDS.includes(s.kind) && !(r.laws && s.kind === 'law')) continue;
		for (const c of t.codes.filter(
			(c) => c.strategy_id === s.strategy_id && c.feature_id === r.feature
		)) {
			const around = rows.filter(
				(m) => m.country === s.country && m.year >= launch - r.before && m.year <= launch + r.after
			);
			const before = around.filter((m) => m.year <= launch).map((m) => m.year);
			const baseYear = before.length ? Math.max(...before) : null;
			const base = rows.find((m) => m.country === s.country && m.year === baseYear);
			for (const m of around) {
				const change =
					base && base.value !== null && m.value !== null
						? (m.value - base.value) * m.sign + 0
						: null;
				out.push({
					strategy_id: s.strategy_id,
					country: s.country,
					name: names.get(s.country) as string,
					title_en: s.title_en,
					kind: s.kind,
					launch,
					code: c.code,
					confidence: c.confidence,
					evidence: c.evidence,
					evidence_en: c.evidence_en,
					locator: c.locator,
					year: m.year,
					t: m.year - launch,
					value: m.value as number,
					base_year: baseYear,
					base_value: base ? base.value : null,
					change,
					crosses_break: base ? m.method !== base.method : false
				});
			}
		}
	}
	return out.sort(
		(a, b) =>
			text(a.country, b.country) ||
			a.launch - b.launch ||
			text(a.strategy_id, b.strategy_id) ||
			a.year - b.year
	);
}
