export interface ErrorPosition {
	line: number;
	column: number;
}

export interface DuckDbError {
	message: string;
	position: ErrorPosition | null;
}

/** A 0-based character offset in `sql` as a 1-based line and column. */
export function positionAt(sql: string, offset: number): ErrorPosition {
	const before = sql.slice(0, Math.max(0, Math.min(offset, sql.length))).split('\n');
	return { line: before.length, column: (before[before.length - 1] as string).length + 1 };
}

/**
 * Where DuckDB points in its message (`LINE 2: select x fro…` followed by a caret line), as a
 * 1-based line and column of the query; null when the message has no position.
 */
export function errorPosition(message: string): ErrorPosition | null {
	const lines = message.split('\n');
	const at = lines.findIndex((l) => /^LINE \d+: /.test(l));
	if (at < 0) return null;
	const head = /^LINE (\d+): /.exec(lines[at] as string) as RegExpExecArray;
	const caret = lines[at + 1]?.indexOf('^') ?? -1;
	if (caret < 0) return null;
	const shown = (lines[at] as string).slice(head[0].length);
	const ellipsis = shown.startsWith('...') ? 3 : 0;
	return { line: Number(head[1]), column: caret - head[0].length + 1 - ellipsis };
}

/**
 * DuckDB-WASM's error for a query: its JSON form (`exception_type`, `exception_message`,
 * `position`) made readable, with the position in the script `sql` (the failing statement
 * starting at `start`).
 */
export function readDuckDbError(raw: string, sql: string, start = 0): DuckDbError {
	let parsed: Record<string, unknown> | null = null;
	try {
		const value: unknown = JSON.parse(raw);
		if (value && typeof value === 'object') parsed = value as Record<string, unknown>;
	} catch {
		parsed = null;
	}
	if (!parsed || typeof parsed.exception_message !== 'string')
		return { message: raw, position: errorPosition(raw) };
	const type = typeof parsed.exception_type === 'string' ? `${parsed.exception_type} Error: ` : '';
	const message = `${type}${parsed.exception_message}`;
	const offset = Number(parsed.position);
	const position =
		Number.isInteger(offset) && offset >= 0
			? positionAt(sql, start + offset)
			: errorPosition(message);
	return { message, position };
}
