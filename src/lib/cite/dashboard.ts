/** What a citation of the dashboard needs: the same names as CITATION.cff. */
export const DASHBOARD = {
	authors: 'The e-government strategy dashboard contributors',
	title: 'E-government strategies in Europe: a dashboard',
	kind: 'Interactive dashboard'
} as const;

/** A source as the data package describes it (sources.parquet). */
export interface SourceInfo {
	source_id: string;
	publisher: string;
	title: string;
	editions: string;
	licence: string;
	/** SPDX id; null where the publisher grants no open licence. */
	licence_id?: string | null;
	/** The publisher's terms of reuse. */
	licence_url?: string;
	citation: string;
	url: string;
}

/** What a chart citation points at: the chart shown, its canonical link, the day it was read. */
export interface ChartRef {
	chartTitle: string;
	url: string;
	accessed: Date;
}

/** The years an editions text names, as `2003–2024`, `2023`, or null when it names none. */
export function yearsOf(text: string): string | null {
	const years = [...text.matchAll(/\b(?:19|20)\d{2}\b/g)].map((m) => Number(m[0]));
	if (years.length === 0) return null;
	const [lo, hi] = [Math.min(...years), Math.max(...years)];
	return lo === hi ? String(lo) : `${lo}–${hi}`;
}

/** `YYYY-MM-DD` in UTC. */
export const isoDate = (d: Date) => d.toISOString().slice(0, 10);
