import { tokenize } from './tokenize';

const SCHEME = /^([a-z][a-z0-9+.-]*:)?\/\//i;

/**
 * The addresses a query names in its strings (`'https://host/x'`, `'//host/x'`, `'s3://…'`): a
 * link's query that names one is not run on opening, and the page names the hosts first.
 */
export function namedUrls(sql: string): { url: string; host: string }[] {
	const found = new Map<string, string>();
	for (const t of tokenize(sql)) {
		if (t.kind !== 'string') continue;
		const text = t.value.replace(/^[eE]?'|'$|^\$[^$]*\$|\$[^$]*\$$/g, '').trim();
		if (!SCHEME.test(text)) continue;
		const parsed = URL.parse(text.startsWith('//') ? `https:${text}` : text);
		found.set(text, parsed?.host || text.replace(SCHEME, '').split('/')[0] || text);
	}
	return [...found].map(([url, host]) => ({ url, host }));
}
