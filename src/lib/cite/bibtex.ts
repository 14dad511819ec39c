import { DASHBOARD, isoDate, yearsOf, type ChartRef, type SourceInfo } from './dashboard';

const SPECIAL: Record<string, string> = {
	'\\': '\\textbackslash{}',
	'{': '\\{',
	'}': '\\}',
	'%': '\\%',
	'&': '\\&',
	$: '\\$',
	'#': '\\#',
	_: '\\_',
	'^': '\\textasciicircum{}',
	'~': '\\textasciitilde{}'
};

/** Text made safe inside a BibTeX field: LaTeX specials escaped, control characters and newlines gone. */
export function escapeBibtex(text: string): string {
	return text
		.replace(/[\p{Cc}\s]+/gu, ' ')
		.trim()
		.replace(/[\\{}%&$#_^~]/g, (c) => SPECIAL[c] as string);
}

/** A URL made safe for a `url` field: braces, backslashes and spaces percent-encoded. */
export const escapeBibtexUrl = (url: string) =>
	url.trim().replace(/[\\{}\s\p{Cc}]/gu, (c) => encodeURIComponent(c));

/** A citation key of ASCII letters and digits only, starting with a letter: safe for any input. */
export function bibtexKey(...parts: string[]): string {
	const key = parts
		.join('')
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[^a-z0-9]/g, '');
	return /^[a-z]/.test(key) ? key.slice(0, 48) : `ref${key}`.slice(0, 48);
}

/** A field: plain text (escaped), a URL, or a name kept as written (double braces). */
export type BibField = [name: string, value: string, kind?: 'text' | 'url' | 'verbatim'];

const fieldValue = ([, value, kind = 'text']: BibField) =>
	kind === 'url'
		? escapeBibtexUrl(value)
		: kind === 'verbatim'
			? `{${escapeBibtex(value)}}`
			: escapeBibtex(value);

/** One `@misc` entry; every value is escaped here, so any text is safe. */
export function bibtexEntry(key: string, fields: BibField[]): string {
	const lines = fields
		.filter(([, v]) => v.trim() !== '')
		.map((f) => `  ${f[0]} = {${fieldValue(f)}}`);
	return `@misc{${key},\n${lines.join(',\n')}\n}`;
}

/** The dashboard chart as a BibTeX entry. */
export function dashboardBibtex({ chartTitle, url, accessed }: ChartRef): string {
	const year = String(accessed.getUTCFullYear());
	return bibtexEntry(bibtexKey('egovdashboard', year), [
		['author', DASHBOARD.authors, 'verbatim'],
		['title', chartTitle.trim() || DASHBOARD.title, 'verbatim'],
		['howpublished', `${DASHBOARD.title} (${DASHBOARD.kind.toLowerCase()})`],
		['year', year],
		['url', url, 'url'],
		['urldate', isoDate(accessed)]
	]);
}

/** A source as a BibTeX entry; the key is made from its id and years. */
export function sourceBibtex(source: SourceInfo): string {
	const years = yearsOf(source.editions);
	return bibtexEntry(bibtexKey(source.source_id, years?.slice(0, 4) ?? ''), [
		['author', source.publisher, 'verbatim'],
		['title', source.title, 'verbatim'],
		['year', years?.replace('–', '--') ?? ''],
		['url', source.url, 'url'],
		['note', `Editions: ${source.editions}. Licence: ${source.licence}.`]
	]);
}
