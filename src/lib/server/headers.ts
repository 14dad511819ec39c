import { readCsp } from './csp';

/** Headers every response gets, for hosts that read a `_headers` file (Netlify, Cloudflare Pages). */
const EVERYWHERE = ['X-Content-Type-Options: nosniff', 'Referrer-Policy: no-referrer'];

/** A page that holds a chart frame can be embedded; any other page may not be framed. */
const embeddable = (html: string) => /class="frame[\s"]/.test(html);

/** The path a page is linked at: `sql/index.html` → `/sql/`. */
const pathOf = (file: string) => `/${file}`.replace(/(^|\/)index\.html$/, '$1');

/**
 * The `_headers` file for the built pages (`file` relative to the build folder): each page's
 * Content-Security-Policy as its `<meta>` has it, plus `frame-ancestors 'none'` on pages that
 * cannot be embedded, which only a header can carry; and on every path, `nosniff` and no referrer.
 */
export function headersFile(pages: readonly { file: string; html: string }[]): string {
	const blocks = [['/*', ...EVERYWHERE]];
	for (const { file, html } of [...pages].sort((a, b) => a.file.localeCompare(b.file))) {
		const csp = readCsp(html);
		if (!csp) continue;
		const policy = embeddable(html) ? csp : `${csp}; frame-ancestors 'none'`;
		blocks.push([pathOf(file), `Content-Security-Policy: ${policy}`]);
	}
	return (
		blocks.map(([path, ...lines]) => [path, ...lines.map((l) => `  ${l}`)].join('\n')).join('\n') +
		'\n'
	);
}
