import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * Writes one benchmark's section of BENCHMARKS.md, marked by `start` and `end` comments: replaces
 * the section where it is, else puts it before the marker `before` (when given and present), else
 * at the end. The rest of the file is left as it is.
 */
export function writeMarkedSection(
	section: string,
	markers: { start: string; end: string; before?: string },
	file = 'BENCHMARKS.md'
): void {
	const old = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
	const at = old.indexOf(markers.start);
	const end = old.indexOf(markers.end);
	const before = markers.before === undefined ? -1 : old.indexOf(markers.before);
	const next =
		at >= 0 && end > at
			? old.slice(0, at) + section + old.slice(end + markers.end.length)
			: before >= 0
				? `${old.slice(0, before)}${section}\n\n${old.slice(before)}`
				: `${old.trimEnd()}\n\n${section}\n`;
	writeFileSync(file, next);
}
