/** A SQL identifier in double quotes, any quote inside doubled: safe for any name DuckDB accepts. */
export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * A table name made from a file name: lower case letters, digits and underscores, starting with a
 * letter, not one of `taken` (a number is added until it is free).
 */
export function tableNameFor(raw: string, taken: readonly string[]): string {
	const base =
		raw
			.replace(/\.[a-z0-9]+$/i, '')
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '_')
			.replace(/^_+|_+$/g, '')
			.slice(0, 40) || 'my_data';
	const name = /^[a-z]/.test(base) ? base : `t_${base}`;
	const used = new Set(taken.map((t) => t.toLowerCase()));
	if (!used.has(name)) return name;
	let n = 2;
	while (used.has(`${name}_${n}`)) n++;
	return `${name}_${n}`;
}
