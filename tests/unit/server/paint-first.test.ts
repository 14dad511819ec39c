import { describe, expect, it } from 'vitest';
import { paintFirst } from '../../../src/lib/server/paint-first';

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

	it('starts the app through the loader, leaving other text alone', () => {
		expect(out).toContain('__paintFirst("../_app/immutable/entry/start.AbC.js")');
		expect(out).toContain('__paintFirst("../_app/immutable/entry/app.DeF.js")');
		expect(out).not.toMatch(/\bimport\("[^"]*entry/);
		expect(out).toContain('import(\\"./not-an-entry.js\\")');
		expect(out).toContain('<svg><text>EST</text></svg>');
	});

	it('is idempotent in effect and leaves a page without the start script as it is', () => {
		expect(paintFirst(out)).toBe(out);
		const plain = '<html><head><link href="a.js" rel="modulepreload"></head><body></body></html>';
		expect(paintFirst(plain)).toBe(plain);
	});

	it('loads the modules only after the first frame, and then every hinted one', async () => {
		const frames: (() => void)[] = [];
		const timers: (() => void)[] = [];
		const appended: string[] = [];
		const imported: string[] = [];
		const script = out.match(/<script>(var __paintFirst[\s\S]*?)<\/script>/)![1]!;
		const run = new Function(
			'requestAnimationFrame',
			'setTimeout',
			'document',
			'importer',
			`${script.replace('return import(url)', 'return importer(url)')}; return __paintFirst;`
		);
		const load = run(
			(f: () => void) => frames.push(f),
			(f: () => void) => timers.push(f),
			{
				createElement: () => ({}),
				head: { appendChild: (l: { href: string }) => appended.push(l.href) }
			},
			(url: string) => (imported.push(url), Promise.resolve(url))
		) as (url: string) => Promise<string>;
		const started = load('../_app/immutable/entry/app.DeF.js');
		await Promise.resolve();
		expect(imported).toEqual([]);
		frames.forEach((f) => f());
		timers.forEach((f) => f());
		await started;
		expect(appended).toEqual([
			'../_app/immutable/entry/start.AbC.js',
			'../_app/immutable/chunks/x-1.js'
		]);
		expect(imported).toEqual(['../_app/immutable/entry/app.DeF.js']);
	});
});
