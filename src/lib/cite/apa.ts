import { DASHBOARD, yearsOf, type ChartRef, type SourceInfo } from './dashboard';

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

const longDate = (d: Date) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The dashboard chart in APA 7 (plain text): author, year, title, kind, site, retrieval date, URL. */
export function dashboardApa({ chartTitle, url, accessed }: ChartRef): string {
	const title = oneLine(chartTitle) || DASHBOARD.title;
	return (
		`${DASHBOARD.authors}. (${accessed.getUTCFullYear()}). ${title} [${DASHBOARD.kind}]. ` +
		`${DASHBOARD.title}. Retrieved ${longDate(accessed)}, from ${url}`
	);
}

/** A source in APA 7: the data package's own citation, or one made from its fields. */
export function sourceApa(source: SourceInfo): string {
	if (source.citation.trim()) return oneLine(source.citation);
	const year = yearsOf(source.editions) ?? 'n.d.';
	const url = source.url.trim() ? ` ${source.url.trim()}` : '';
	return `${oneLine(source.publisher)}. (${year}). ${oneLine(source.title)} [Data set].${url}`;
}
