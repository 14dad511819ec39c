import * as XLSX from '@e965/xlsx';
import { SourceError, type SourceLocation } from '../../lib/source-error.ts';
import { toValue } from '../eu-egov-benchmark/scores-sheet.ts';

/** A mystery-shopping answer: a number where it has one, and always a text. */
export interface Answer {
	number: number | null;
	text: string;
}

const WORDS = new Map<string, Answer>([
	['yes', { number: 1, text: 'Yes' }],
	['no', { number: 0, text: 'No' }],
	['nr', { number: null, text: 'Not relevant' }],
	['.', { number: null, text: 'Not applicable' }],
	['not applicable', { number: null, text: 'Not applicable' }],
	['proactive', { number: 1, text: 'Proactive' }]
]);

const NOT_APPLICABLE: Answer = { number: null, text: 'Not applicable' };
const asText = (n: number) => String(Math.round(n * 1e6) / 1e6);

const textOf = (cell: XLSX.CellObject) =>
	cell.t === 'e' ? XLSX.utils.format_cell(cell) : String(cell.v).trim();

/**
 * Reads an answer cell; null for an empty cell, a stop for anything that is not an answer unless
 * the question takes free text (e.g. "other barriers").
 */
export function toAnswer(
	cell: XLSX.CellObject | undefined,
	where: SourceLocation,
	column: string,
	free = false
): Answer | null {
	if (cell?.v === undefined || cell.v === null) return null;
	if (cell.t === 'n' && Number.isFinite(cell.v))
		return { number: cell.v as number, text: asText(cell.v as number) };
	if (cell.t === 'b') return WORDS.get(cell.v ? 'yes' : 'no')!;
	const text = textOf(cell);
	if (text === '') return null;
	const word = WORDS.get(text.toLowerCase().replace(/\*$/, ''));
	if (word && cell.t !== 'e') return word;
	const n = Number(text);
	if (cell.t === 's' && Number.isFinite(n)) return { number: n, text: asText(n) };
	if (free && cell.t === 's') return { number: null, text: text.replace(/\s+/g, ' ') };
	throw new SourceError(
		{ ...where, column },
		`"${text}" is not an answer (Yes, No, NR, "." or a number)`
	);
}

/** Reads a score cell: a number, "." (not applicable), or empty; text stops the pipeline. */
export function toScore(
	cell: XLSX.CellObject | undefined,
	where: SourceLocation,
	column: string
): Answer | null {
	if (cell?.v === undefined || cell.v === null) return null;
	if (cell.t === 'n' && Number.isFinite(cell.v))
		return { number: cell.v as number, text: asText(cell.v as number) };
	if (cell.t === 's' && String(cell.v).trim() === '') return null;
	if (cell.t === 's' && String(cell.v).trim() === '.') return NOT_APPLICABLE;
	const value = toValue(cell, { ...where, column });
	return value === null ? null : { number: value, text: asText(value) };
}
