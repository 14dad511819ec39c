export type Param = string | number | boolean | null;

/** SQL text with `?` placeholders and the values bound to them; user values go only in params. */
export interface Query {
	sql: string;
	params: Param[];
}

/** `?, ?, ?` for a list of bound values (the count is ours; the values stay parameters). */
export const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');
