import { SourceError } from './source-error.ts';

export interface CsvRow {
	/** 1-based line number of the row in the file (header = 1). */
	row: number;
	get(column: string): string;
}

export interface Csv {
	file: string;
	header: string[];
	rows: CsvRow[];
}

/** Splits RFC 4180 CSV text into records; quotes may hold separators, quotes and newlines. */
export function splitCsv(text: string, separator = ','): string[][] {
	const records: string[][] = [];
	let record: string[] = [];
	let cell = '';
	let quoted = false;
	const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	for (let i = 0; i < src.length; i++) {
		const ch = src[i];
		if (quoted) {
			if (ch === '"' && src[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else cell += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === separator) {
			record.push(cell);
			cell = '';
		} else if (ch === '\n' || ch === '\r') {
			if (ch === '\r' && src[i + 1] === '\n') i++;
			record.push(cell);
			records.push(record);
			record = [];
			cell = '';
		} else cell += ch;
	}
	if (cell !== '' || record.length > 0) {
		record.push(cell);
		records.push(record);
	}
	return records.filter((r) => !(r.length === 1 && r[0] === ''));
}

/** Parses CSV with a header row, checking that every expected column is present. */
export function parseCsv(
	file: string,
	text: string,
	options: { separator?: string; required?: string[] } = {}
): Csv {
	const [header = [], ...body] = splitCsv(text, options.separator);
	const names = header.map((h) => h.trim());
	for (const column of options.required ?? []) {
		if (!names.includes(column)) {
			throw new SourceError(
				{ file, row: 1 },
				`column "${column}" is missing (found: ${names.join(', ')})`
			);
		}
	}
	const index = new Map(names.map((n, i) => [n, i]));
	const rows = body.map((cells, i): CsvRow => {
		const row = i + 2;
		if (cells.length !== names.length) {
			throw new SourceError({ file, row }, `expected ${names.length} cells, found ${cells.length}`);
		}
		return {
			row,
			get(column) {
				const at = index.get(column);
				if (at === undefined) throw new SourceError({ file, row, column }, 'no such column');
				return cells[at] ?? '';
			}
		};
	});
	return { file, header: names, rows };
}

/** Reads a number from a cell; empty cells are null, anything not a number stops the pipeline. */
export function toNumber(
	text: string,
	where: { file: string; sheet?: string; row: number; column: string }
): number | null {
	const t = text.trim();
	if (t === '' || t === '..' || t.toUpperCase() === 'NA' || t === '-') return null;
	const n = Number(t);
	if (!Number.isFinite(n)) throw new SourceError(where, `"${text}" is not a number`);
	return n;
}
