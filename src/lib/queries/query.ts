export type Param = string | number | boolean | null;

/** SQL text with `?` placeholders and the values bound to them; user values go only in params. */
export interface Sql {
	sql: string;
	params: Param[];
}

/** A row of a query that has no row type of its own: its columns, each a plain value. */
export type RowOf<K extends string> = Record<K, Param>;

/**
 * A query whose rows are `R`: the SQL, its bound values, and the columns each row has, in order
 * (a test runs every builder on DuckDB and compares them). `R` travels from the builder to the page.
 */
export interface Query<R = Record<string, Param>> extends Sql {
	columns: readonly (keyof R & string)[];
	/** Never set: carries the row type, so `db.query(q)` can return `R[]`. */
	readonly row?: R;
}

/** `?, ?, ?` for a list of bound values (the count is ours; the values stay parameters). */
export const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');
