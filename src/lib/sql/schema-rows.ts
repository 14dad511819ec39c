export interface SchemaTable {
	name: string;
	rows: number | null;
	columns: { name: string; type: string }[];
	/** Made by the user (a file, a URL or their own SQL), not shipped with the site. */
	user: boolean;
}

type Cell = string | number | boolean | null;

/** information_schema rows (t, c, type, n) grouped into tables: shipped first, then the user's. */
export function schemaFromRows(
	rows: Record<string, Cell>[],
	shipped: readonly string[]
): SchemaTable[] {
	const byName = new Map<string, SchemaTable>();
	for (const r of rows) {
		const name = String(r.t);
		const table = byName.get(name) ?? {
			name,
			rows: r.n === null || r.n === undefined ? null : Number(r.n),
			columns: [],
			user: !shipped.includes(name)
		};
		table.columns.push({ name: String(r.c), type: String(r.type) });
		byName.set(name, table);
	}
	return [...byName.values()].sort(
		(a, b) => Number(a.user) - Number(b.user) || a.name.localeCompare(b.name)
	);
}
