import { createHash } from 'node:crypto';

/**
 * The site's Content-Security-Policy, written into every prerendered page as a `<meta>` so that
 * any static host enforces it. Scripts run only from this site's files or by the hash of an inline
 * script the build wrote (SvelteKit's start script, the paint-first loader); WebAssembly may compile
 * (DuckDB); connections go to this site only. Styles may be inline: SvelteKit inlines the CSS,
 * and Plot and CodeMirror write style attributes; styles cannot run code.
 */

/** Every `<script>` without `src`, with its text: inline code, or a block run later as code. */
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)(?:\s[^>]*)?>([\s\S]*?)<\/script>/g;
const DATA_SCRIPT = /<script[^>]*type="application\/(?:ld\+)?json"/;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The hashes of the inline scripts in a page, in order of appearance, without repeats. */
export function scriptHashes(html: string): string[] {
	const hashes = [...html.matchAll(INLINE_SCRIPT)]
		.filter((m) => !DATA_SCRIPT.test(m[0]))
		.map((m) => sha256(m[1] as string));
	return [...new Set(hashes)];
}

/** The policy's directives for a page whose inline scripts have these hashes. */
export function cspDirectives(hashes: readonly string[]): string[] {
	return [
		"default-src 'self'",
		`script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data: blob:",
		"font-src 'self'",
		"connect-src 'self'",
		"worker-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'"
	];
}

/** The page with its policy as the first element of `<head>`, before any script. */
export function withCsp(html: string): string {
	if (!html.includes('<head>')) return html;
	const policy = cspDirectives(scriptHashes(html)).join('; ');
	const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
	return html.replace(/<head>(\s*<meta charset="utf-8" \/>)?/, (head) => `${head}\n\t\t${meta}`);
}

/** The policy a page's `<meta>` carries, or null. */
export function readCsp(html: string): string | null {
	return /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? null;
}
