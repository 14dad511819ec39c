/** A column of a DataTable: which field, its header, how to show it. */
export interface Column<Row> {
	key: keyof Row & string;
	label: string;
	format?: (value: Row[keyof Row], row: Row) => string;
	numeric?: boolean;
}
