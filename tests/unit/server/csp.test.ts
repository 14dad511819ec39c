import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspDirectives, readCsp, scriptHashes, withCsp } from '$lib/server/csp';

const hash = (t: string) => `'sha256-${createHash('sha256').update(t).digest('base64')}'`;

describe('the Content-Security-Policy', () => {
	it('hashes inline and deferred scripts, not external or data blocks', () => {
		const html = `<script>a()</script><script type="text/x-paint-first">b()</script>
			<script src="/x.js"></script><script type="application/json">{"c":1}</script><script>a()</script>`;
		expect(scriptHashes(html)).toEqual([hash('a()'), hash('b()')]);
	});

	it('allows no inline script, eval or other origin, and names no unsafe source for scripts', () => {
		const directives = cspDirectives([hash('a()')]);
		const script = directives.find((d) => d.startsWith('script-src')) as string;
		expect(script).toBe(`script-src 'self' 'wasm-unsafe-eval' ${hash('a()')}`);
		expect(directives).toContain("connect-src 'self'");
		expect(directives).toContain("object-src 'none'");
		expect(directives).toContain("base-uri 'self'");
		expect(script).not.toMatch(/'unsafe-eval'|'unsafe-inline'/);
		expect(directives.join('; ')).not.toMatch(/\*|https?:/);
	});

	it('puts the policy first in <head>, before any script', () => {
		const html = withCsp(
			'<html><head>\n<meta charset="utf-8" /><script>x()</script></head><body></body></html>'
		);
		expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(
			html.indexOf('<script>')
		);
		expect(readCsp(html)).toContain(hash('x()'));
	});
});
