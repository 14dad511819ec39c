import type { Row } from '../../lib/parquet-writer.ts';
import { SourceError } from '../../lib/source-error.ts';
import { SOURCE_ID } from '../eu-egov-benchmark/indicators.ts';
import type { Layout } from './layout.ts';
import type { SheetRow } from './read-rows.ts';
import type { SheetKey } from './sheets.ts';

export type Scope = 'national' | 'cross-border';

/** One output row per answer; `source_ref` is kept for messages only (not a written column). */
function answerRows(base: Row, row: SheetRow, target: Row[]): void {
	for (const { question, answer } of row.answers) {
		target.push({
			country: base.country,
			edition: base.edition,
			life_event: base.life_event,
			scope: base.scope,
			service: base.service,
			site: base.site,
			year: base.year,
			service_type: base.service_type,
			gov_level: base.gov_level,
			provider: base.provider,
			url: base.url,
			question_code: question.code,
			question_label: question.label,
			answer_number: answer.number,
			answer_text: answer.text,
			sheet_row: row.sheetRow,
			source_id: SOURCE_ID,
			source_ref: row.ref
		});
	}
}

const serviceBase = (edition: number, scope: Scope, r: SheetRow, site: number): Row => ({
	country: r.country,
	edition,
	life_event: r.lifeEvent,
	scope,
	service: r.service,
	site,
	year: r.year,
	service_type: r.serviceType,
	gov_level: r.govLevel,
	provider: site === 0 ? null : r.provider,
	url: site === 0 ? null : r.url
});

/**
 * Service rows: site 0 is the service's result (sheet 3a/4a), sites 1, 2, … each website the
 * mystery shopper assessed for it (3b/4b), in sheet order. `orphans` lists data rows whose
 * service has no result row.
 */
export function serviceRows(
	edition: number,
	scope: Scope,
	results: readonly SheetRow[],
	data: readonly SheetRow[]
): { rows: Row[]; orphans: string[] } {
	const rows: Row[] = [];
	const known = new Map<string, number>();
	for (const r of results) {
		const key = `${r.country}|${r.lifeEvent}|${r.service}`;
		const first = known.get(key);
		if (first)
			throw new SourceError(r.where, `service "${r.service}" appears twice (also row ${first})`);
		known.set(key, r.sheetRow);
		answerRows(serviceBase(edition, scope, r, 0), r, rows);
	}
	const sites = new Map<string, number>();
	const orphans = new Set<string>();
	for (const r of data) {
		const key = `${r.country}|${r.lifeEvent}|${r.service}`;
		if (!known.has(key)) orphans.add(`${r.country} ${r.lifeEvent} "${r.service}"`);
		const site = (sites.get(key) ?? 0) + 1;
		sites.set(key, site);
		answerRows(serviceBase(edition, scope, r, site), r, rows);
	}
	return { rows, orphans: [...orphans] };
}

/** Portal rows: sites 1, 2, … per country and life event, in sheet order. */
export function portalRows(edition: number, scope: Scope, data: readonly SheetRow[]): Row[] {
	const rows: Row[] = [];
	const sites = new Map<string, number>();
	for (const r of data) {
		const key = `${r.country}|${r.lifeEvent}`;
		const site = (sites.get(key) ?? 0) + 1;
		sites.set(key, site);
		const base = {
			country: r.country,
			edition,
			life_event: r.lifeEvent,
			scope,
			site,
			year: r.year
		};
		answerRows({ ...base, provider: r.provider, url: r.url }, r, rows);
	}
	return rows;
}

/** Country scores per question (sheet 2d). */
export const questionScoreRows = (edition: number, data: readonly SheetRow[]): Row[] =>
	data.flatMap((r) =>
		r.answers.map(({ question, answer }) => ({
			country: r.country,
			edition,
			question_code: question.code,
			score: answer.number,
			sheet_row: r.sheetRow,
			source_id: SOURCE_ID,
			source_ref: r.ref
		}))
	);

/** The catalogue entries of one sheet's questions. */
export const questionRows = (edition: number, sheet: SheetKey, layout: Layout): Row[] =>
	layout.questions.map((q) => ({
		edition,
		sheet,
		question_code: q.code,
		label: q.label,
		indicator: q.column.group,
		dimension: q.column.dimension,
		source_id: SOURCE_ID
	}));
