/** Quote-aware CSV reader, enough for RFC 4180 files. */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [[]];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i] as string;
		const row = rows[rows.length - 1] as string[];
		if (quoted && c === '"' && text[i + 1] === '"') {
			cell += '"';
			i++;
		} else if (c === '"') quoted = !quoted;
		else if (quoted || (c !== ',' && c !== '\n' && c !== '\r')) cell += c;
		else if (c === ',') {
			row.push(cell);
			cell = '';
		} else if (c === '\n') {
			row.push(cell);
			cell = '';
			rows.push([]);
		}
	}
	return rows.filter((r) => r.length > 0);
}
