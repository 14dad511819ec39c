import { describe, expect, it } from 'vitest';
import { DEFERRED_TYPE, paintFirst } from '../../../src/lib/server/paint-first';

/** The shape of a page as SvelteKit 2 prerenders it with relative paths. */
const PAGE = `<!doctype html>
<html lang="en">
	<head>
		<meta charset="utf-8" />
		<link href="../_app/immutable/entry/start.AbC.js" rel="modulepreload">
		<link href="../_app/immutable/chunks/x-1.js" rel="modulepreload">
		<title>Explore</title>
	</head>
	<body>
		<div><svg><text>EST</text></svg>
			<script>
				{
					const element = document.currentScript.parentElement;
					Promise.all([
						import("../_app/immutable/entry/start.AbC.js"),
						import("../_app/immutable/entry/app.DeF.js")
					]).then(([kit, app]) => {
						kit.start(app, element, { data: [{ note: "import(\\"./not-an-entry.js\\")" }] });
					});
				}
			</script>
		</div>
	</body>
</html>`;

describe('paintFirst', () => {
	const out = paintFirst(PAGE);

	it('takes the preload hints out of the head and hands them to the loader', () => {
		expect(out).not.toMatch(/<link[^>]*rel="modulepreload"/);
		const loader = out.slice(out.indexOf('<script>var __paintFirst'), out.indexOf('</head>'));
		expect(loader).toContain(
			'["../_app/immutable/entry/start.AbC.js","../_app/immutable/chunks/x-1.js"]'
		);
	});

	it('starts the app through the loader, from an inert copy of the start script', () => {
		expect(out).toContain('__paintFirst("../_app/immutable/entry/start.AbC.js")');
		expect(out).toContain('__paintFirst("../_app/immutable/entry/app.DeF.js")');
		expect(out).not.toMatch(/\bimport\("[^"]*entry/);
		expect(out).toContain('import(\\"./not-an-entry.js\\")');
		expect(out).toContain('<svg><text>EST</text></svg>');
		// The browser neither compiles nor runs a script of an unknown type until the loader copies it.
		expect(out).toContain(`<script type="${DEFERRED_TYPE}">`);
		expect(out.match(/<script>/g)).toHaveLength(1);
		expect(out).toContain('<script>var __paintFirst');
	});

	it('stops the build when a page imports the app from a script it does not know', () => {
		const changed = PAGE.replace('kit.start(', 'app.boot(');
		expect(() => paintFirst(changed)).toThrow(/start script was not found/);
	});

	it('is idempotent in effect and leaves a page without the start script as it is', () => {
		expect(paintFirst(out)).toBe(out);
		const plain = '<html><head><link href="a.js" rel="modulepreload"></head><body></body></html>';
		expect(paintFirst(plain)).toBe(plain);
	});

	/** Runs the loader against a stub page; `paint` and `parse` finish those steps. */
	function stubPage({
		paintTiming = true,
		hidden = false,
		parsed = false,
		search = '',
		html = out
	} = {}) {
		const frames: (() => void)[] = [];
		const timers: { f: () => void; ms: number }[] = [];
		const listeners: Record<string, (() => void)[]> = {};
		const observers: ((list: { getEntriesByName: (n: string) => unknown[] }) => void)[] = [];
		const appended: string[] = [];
		const elements: { href: string; rel: string; as?: string; crossOrigin?: string }[] = [];
		const imported: string[] = [];
		const ran: string[] = [];
		const block = {
			textContent: 'kit.start()',
			replaceWith: (s: { textContent: string }) => ran.push(s.textContent)
		};
		const document = {
			visibilityState: hidden ? 'hidden' : 'visible',
			readyState: parsed ? 'interactive' : 'loading',
			addEventListener: (type: string, f: () => void) => (listeners[type] ??= []).push(f),
			createElement: () => ({}),
			head: {
				appendChild: (l: { href: string; rel: string; as?: string; crossOrigin?: string }) => {
					appended.push(l.href);
					elements.push(l);
				}
			},
			querySelectorAll: (selector: string) =>
				selector === `script[type="${DEFERRED_TYPE}"]` ? [block] : []
		};
		class Observer {
			static supportedEntryTypes = paintTiming ? ['paint', 'element'] : ['element'];
			constructor(private f: (list: unknown, o: Observer) => void) {}
			observe() {
				observers.push((list) => this.f(list, this));
			}
			disconnect() {}
		}
		const script = html.match(/<script>(var __paintFirst[\s\S]*?)<\/script>/)![1]!;
		const load = new Function(
			'requestAnimationFrame',
			'setTimeout',
			'document',
			'PerformanceObserver',
			'location',
			'importer',
			`${script.replace('return import(url)', 'return importer(url)')}; return __paintFirst;`
		)(
			(f: () => void) => frames.push(f),
			(f: () => void, ms = 0) => timers.push({ f, ms }),
			document,
			Observer,
			{ search },
			(url: string) => (imported.push(url), Promise.resolve(url))
		) as (url: string) => Promise<string>;
		const settle = async () => {
			for (let i = 0; i < 5; i++) await Promise.resolve();
		};
		return {
			load,
			appended,
			elements,
			imported,
			ran,
			timers,
			frames,
			settle,
			paint: (name = 'first-contentful-paint') =>
				observers.forEach((o) => o({ getEntriesByName: (n) => (n === name ? [{}] : []) })),
			parse: () => listeners.DOMContentLoaded?.forEach((f) => f())
		};
	}

	it('loads nothing until the first contentful frame is presented and the page is parsed', async () => {
		const page = stubPage();
		const started = page.load('../_app/immutable/entry/app.DeF.js');
		page.parse();
		page.paint('first-paint');
		await page.settle();
		expect(page.imported).toEqual([]);
		expect(page.ran).toEqual([]);
		page.paint();
		await started;
		await page.settle();
		expect(page.imported).toEqual(['../_app/immutable/entry/app.DeF.js']);
		expect(page.appended).toEqual([
			'../_app/immutable/entry/start.AbC.js',
			'../_app/immutable/chunks/x-1.js'
		]);
		expect(page.ran).toEqual(['kit.start()']);
	});

	it('runs the start script only once the page is parsed, even after the paint', async () => {
		const page = stubPage();
		page.paint();
		await page.settle();
		expect(page.ran).toEqual([]);
		page.parse();
		await page.settle();
		expect(page.ran).toEqual(['kit.start()']);
	});

	it('does not wait for ever: a timer stands in for a paint that never comes', async () => {
		const page = stubPage({ parsed: true });
		const fallback = page.timers.find((t) => t.ms > 0)!;
		expect(fallback.ms).toBe(1000);
		fallback.f();
		await page.settle();
		expect(page.ran).toEqual(['kit.start()']);
	});

	it('without paint timing, waits for a frame; a hidden page loads at once', async () => {
		const old = stubPage({ paintTiming: false, parsed: true });
		await old.settle();
		expect(old.ran).toEqual([]);
		old.frames.forEach((f) => f());
		old.timers.filter((t) => t.ms === 0).forEach((t) => t.f());
		await old.settle();
		expect(old.ran).toEqual(['kit.start()']);

		const hidden = stubPage({ hidden: true, parsed: true });
		await hidden.settle();
		expect(hidden.ran).toEqual(['kit.start()']);
	});

	describe('a shared link’s chart modules', () => {
		const chart = '_app/immutable/chunks/chart-1.js';
		const shared = '_app/immutable/chunks/x-1.js';
		const withLinks = paintFirst(PAGE, [chart, shared]);

		it('are named relative to the page, once, beside the page’s own hints', () => {
			expect(withLinks).toContain('["../_app/immutable/chunks/chart-1.js"])</script>');
			expect(withLinks.match(/chunks\/x-1\.js/g)).toHaveLength(1);
		});

		it('are hinted when the page is opened with a query string, and only then', async () => {
			const link = stubPage({
				html: withLinks,
				parsed: true,
				search: '?indicator=eu_egov.overall'
			});
			const plain = stubPage({ html: withLinks, parsed: true, search: '?' });
			link.paint();
			plain.paint();
			await link.settle();
			await plain.settle();
			expect(link.appended).toContain('../_app/immutable/chunks/chart-1.js');
			expect(plain.appended).toEqual([
				'../_app/immutable/entry/start.AbC.js',
				'../_app/immutable/chunks/x-1.js'
			]);
		});

		it('preload a result file as the fetch that reads it, a chunk as a module', async () => {
			const html = paintFirst(PAGE, [chart, 'results/strategies/matrix.json']);
			const link = stubPage({ html, parsed: true, search: '?pick=first' });
			link.paint();
			await link.settle();
			expect(link.elements).toContainEqual({
				href: '../results/strategies/matrix.json',
				rel: 'preload',
				as: 'fetch',
				crossOrigin: 'anonymous'
			});
			expect(link.elements).toContainEqual({
				href: '../_app/immutable/chunks/chart-1.js',
				rel: 'modulepreload'
			});
		});

		it('stop the build where the page has no entry to name them from', () => {
			const bare = PAGE.replace(/<link href="[^"]*start[^"]*" rel="modulepreload">/, '');
			expect(() => paintFirst(bare, [chart])).toThrow(/no entry among the hints/);
		});
	});
});
