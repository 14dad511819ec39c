export interface SchemaTable {
	name: string;
	rows: number | null;
	columns: { name: string; type: string }[];
	/** Made by the user (a file, a URL or their own SQL), not shipped with the site. */
	user: boolean;
	/** False for a shipped table that is loaded only on demand and is not in the engine yet. */
	loaded?: boolean;
}

type Cell = string | number | boolean | null;

/**
 * information_schema rows (t, c, type, n) grouped into tables, shipped first, then the user's;
 * shipped tables missing from the engine (loaded on demand) are listed from `contract`, unloaded.
 */
export function schemaFromRows(
	rows: Record<string, Cell>[],
	shipped: readonly string[],
	contract: SchemaTable[] = []
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
	for (const t of contract)
		if (!byName.has(t.name)) byName.set(t.name, { ...t, rows: null, loaded: false });
	return [...byName.values()].sort(
		(a, b) => Number(a.user) - Number(b.user) || a.name.localeCompare(b.name)
	);
}
