import { describe, expect, it } from 'vitest';
import { withCsp } from '$lib/server/csp';
import { headersFile } from '$lib/server/headers';

const page = (body: string) =>
	withCsp(
		`<html><head>\n<meta charset="utf-8" /><script>start()</script></head><body>${body}</body></html>`
	);

describe('headersFile', () => {
	it('gives each page its meta policy, and frame-ancestors to pages without a chart', () => {
		const chart = page('<figure class="frame" aria-labelledby="x"></figure>');
		const sql = page('<div>console</div>');
		const text = headersFile([
			{ file: 'sql/index.html', html: sql },
			{ file: 'index.html', html: chart },
			{ file: 'favicon.svg', html: '<svg/>' }
		]);
		const policy = /content="([^"]*)"/.exec(chart)?.[1] as string;
		expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[^']+'/);
		expect(text).toBe(
			[
				'/*',
				'  X-Content-Type-Options: nosniff',
				'  Referrer-Policy: no-referrer',
				'/',
				`  Content-Security-Policy: ${policy}`,
				'/sql/',
				`  Content-Security-Policy: ${policy}; frame-ancestors 'none'`,
				''
			].join('\n')
		);
	});
});
