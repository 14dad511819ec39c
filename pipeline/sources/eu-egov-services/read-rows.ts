import * as XLSX from '@e965/xlsx';
import { countryFromCode } from '../../countries.ts';
import { SourceError, toSourceRef, type SourceLocation } from '../../lib/source-error.ts';
import { toAnswer, toScore, type Answer } from './answers.ts';
import type { Field, Layout, Question } from './layout.ts';
import { cellAt, cellText } from './sheets.ts';
import { govLevel, lifeEvent, provider, serviceType, tidy } from './vocabulary.ts';

/** Where a sheet sits and which data years its workbook may hold. */
export interface SheetContext {
	file: string;
	sheet: string;
	edition: number;
	/** Last data year of the workbook; the year when a sheet has no year column. */
	latest: number;
}

/** One row of a sheet, its descriptive fields checked, and its answers. */
export interface SheetRow {
	sheetRow: number;
	where: SourceLocation;
	/** file | sheet | row, for messages. */
	ref: string;
	country: string;
	/** Null on a sheet without life events (2d). */
	lifeEvent: string | null;
	year: number;
	service: string | null;
	serviceType: string | null;
	govLevel: string | null;
	provider: string | null;
	url: string | null;
	answers: { question: Question; answer: Answer }[];
}

function yearOf(
	ws: XLSX.WorkSheet,
	r: number,
	layout: Layout,
	ctx: SheetContext,
	where: SourceLocation
) {
	const column = layout.fields.get('year');
	if (!column) return ctx.latest;
	const text = cellText(ws, r, column.index);
	const year = Number(text);
	if (!Number.isInteger(year) || year < ctx.latest - 1 || year > ctx.latest)
		throw new SourceError(
			{ ...where, column: column.name },
			`"${text}" is not a data year of this workbook (${ctx.latest - 1} or ${ctx.latest})`
		);
	return year;
}

function answers(ws: XLSX.WorkSheet, r: number, layout: Layout, where: SourceLocation) {
	const out: SheetRow['answers'] = [];
	for (const question of layout.questions) {
		const cell = cellAt(ws, r, question.column.index);
		if (!cell) continue;
		const column = question.column.name;
		const answer =
			question.kind === 'score'
				? toScore(cell, where, column)
				: toAnswer(cell, where, column, question.kind === 'text');
		if (answer) out.push({ question, answer });
	}
	return out;
}

function readRow(
	ws: XLSX.WorkSheet,
	r: number,
	layout: Layout,
	ctx: SheetContext
): SheetRow | null {
	const text = (field: Field) => {
		const column = layout.fields.get(field);
		return column ? cellText(ws, r, column.index) : '';
	};
	const where = { file: ctx.file, sheet: ctx.sheet, row: r + 1 };
	const at = (field: Field) => ({ ...where, column: layout.fields.get(field)?.name });
	const [code, event] = [text('country'), text('lifeEvent')];
	if (!code && !event && !text('service')) return null;
	if (!code) throw new SourceError(at('country'), 'Country is empty');
	const service = layout.fields.has('service') ? tidy(text('service')) : null;
	if (service === '') throw new SourceError(at('service'), 'Service is empty');
	return {
		sheetRow: r + 1,
		where,
		ref: toSourceRef(where),
		country: countryFromCode(code, at('country')),
		lifeEvent: layout.fields.has('lifeEvent') ? lifeEvent(event, at('lifeEvent')) : null,
		year: yearOf(ws, r, layout, ctx, where),
		service,
		serviceType: serviceType(text('type'), at('type')),
		govLevel: govLevel(text('level'), at('level')),
		provider: provider(text('provider')),
		url: tidy(text('url')) || null,
		answers: answers(ws, r, layout, where)
	};
}

/** Reads every non-blank row below the header; the first bad cell stops with its location. */
export function readRows(
	ws: XLSX.WorkSheet,
	heading: { row: number; last: number },
	layout: Layout,
	ctx: SheetContext
): SheetRow[] {
	const rows: SheetRow[] = [];
	for (let r = heading.row + 1; r <= heading.last; r++) {
		const row = readRow(ws, r, layout, ctx);
		if (row) rows.push(row);
	}
	return rows;
}
