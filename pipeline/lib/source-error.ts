/** Where a bad value sits in a raw file: enough for a person to open the file and find it. */
export interface SourceLocation {
	file: string;
	sheet?: string;
	/** 1-based row as a spreadsheet or editor shows it (the header is row 1). */
	row?: number;
	column?: string;
}

/** A fault in a raw source that stops the pipeline; its message names file, sheet, row and reason. */
export class SourceError extends Error {
	constructor(
		readonly location: SourceLocation,
		readonly reason: string
	) {
		super(`${formatLocation(location)}: ${reason}`);
		this.name = 'SourceError';
	}
}

export function formatLocation({ file, sheet, row, column }: SourceLocation): string {
	return [
		file,
		sheet && `sheet "${sheet}"`,
		row !== undefined && `row ${row}`,
		column && `column "${column}"`
	]
		.filter(Boolean)
		.join(', ');
}

/** A compact reference stored with each observation (`source_ref`). */
export function toSourceRef({ file, sheet, row, column }: SourceLocation): string {
	return [file, sheet, row !== undefined ? `row ${row}` : undefined, column]
		.filter(Boolean)
		.join(' | ');
}
