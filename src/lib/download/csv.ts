type Cell = string | number | boolean | null | undefined;

/** A CSV column: the field read from each row and the header written. */
export interface CsvColumn {
	key: string;
	header?: string;
}

/** One cell as RFC 4180 text; a text cell a spreadsheet would run as a formula is prefixed with `'`. */
export function csvCell(value: Cell): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	let text = String(value);
	if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows as CSV text (CRLF line ends, header first), columns in the order given. */
export function toCsv(rows: readonly object[], columns: readonly CsvColumn[]): string {
	const lines = [columns.map((c) => csvCell(c.header ?? c.key)).join(',')];
	for (const row of rows) {
		const record = row as Record<string, Cell>;
		lines.push(columns.map((c) => csvCell(record[c.key])).join(','));
	}
	return lines.join('\r\n') + '\r\n';
}
