export interface ErrorPosition {
	line: number;
	column: number;
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
