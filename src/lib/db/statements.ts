/** What the cache needs of a prepared statement: DuckDB-WASM's `AsyncPreparedStatement` has it. */
export interface Closable {
	close(): Promise<unknown>;
}

/**
 * Prepared statements kept by their SQL text, so that a page's query asked again with other
 * values is not parsed, bound and planned again (about a sixth of an /analysis feature change in
 * the browser). The pages build their SQL from a few fixed shapes, so a handful are kept; the one
 * used longest ago is closed when `limit` is passed, once no query is running it. A statement whose
 * preparation failed is not kept.
 */
export function statementCache<S extends Closable>(
	prepare: (sql: string) => Promise<S>,
	limit = 32
) {
	interface Entry {
		statement: Promise<S>;
		running: number;
		evicted: boolean;
	}
	const entries = new Map<string, Entry>();
	const closeIfIdle = (entry: Entry) => {
		if (entry.evicted && entry.running === 0)
			void entry.statement.then(
				(s) => s.close(),
				() => {}
			);
	};
	return {
		/** Runs `use` with the statement for `sql`, preparing it if it is not kept. */
		async with<T>(sql: string, use: (statement: S) => Promise<T>): Promise<T> {
			let entry = entries.get(sql);
			if (entry) entries.delete(sql);
			else {
				const statement = prepare(sql);
				entry = { statement, running: 0, evicted: false };
				const failed = entry;
				statement.catch(() => {
					if (entries.get(sql) === failed) entries.delete(sql);
				});
			}
			// Last in the map's order is the most recently used.
			entries.set(sql, entry);
			for (const [key, old] of entries) {
				if (entries.size <= limit) break;
				entries.delete(key);
				old.evicted = true;
				closeIfIdle(old);
			}
			entry.running++;
			try {
				return await use(await entry.statement);
			} finally {
				entry.running--;
				closeIfIdle(entry);
			}
		},
		/** The SQL texts kept, the least recently used first. */
		kept: (): string[] => [...entries.keys()]
	};
}
