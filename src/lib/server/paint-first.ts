/**
 * Paint first, then load the app. SvelteKit puts a `modulepreload` link for every chunk of a page
 * in `<head>` and starts the app from an inline script at the end of `<body>`, which also carries
 * the page's data for hydration (144 KB of script on the overview, 215 KB on /strategies/). On
 * this machine's two cores, running that script and compiling and hydrating the app competed with
 * the browser's own work on the first frame (layout, then rasterising the tiles), so the prerendered
 * chart, which needs no script at all, reached the screen later than it could.
 *
 * `paintFirst` rewrites a prerendered page so that the app waits until the first frame is on the
 * screen: the preload hints leave `<head>`, and the start script becomes an inert data block
 * (`type="text/x-paint-first"`, which the browser neither compiles nor runs). A small loader in
 * `<head>` waits for the first contentful paint, which the browser reports once that frame has been
 * presented, and for the end of parsing; then it adds the hints back and runs the start script in
 * place (so `document.currentScript` still finds its parent), whose entry imports go through the
 * loader. Where paint timing is unavailable a frame and a timer stand in, and a page that starts
 * hidden (a background tab, which paints nothing) loads at once. Pages without SvelteKit's start
 * script pass through unchanged.
 *
 * `links` are further chunks (`_app/…`, as the client manifest names them) and result files,
 * relative to the site's root, hinted only when the page is opened with a query string, i.e. a
 * shared link whose chart the app draws as soon as it has the rows (see link-hints.ts).
 */

const PRELOAD = /\s*<link href="([^"]+)" rel="modulepreload">/g;
const ENTRY_IMPORT = /\bimport\("([^"]*_app\/immutable\/entry\/[^"]+\.js)"\)/g;
/** SvelteKit's start script: the inline script that calls `kit.start(`. */
const START_SCRIPT = /<script>((?:(?!<\/script>)[\s\S])*?\bkit\.start\([\s\S]*?)<\/script>/;
export const DEFERRED_TYPE = 'text/x-paint-first';

/** Longest wait for a paint before the app loads anyway (ms). */
const PAINT_TIMEOUT = 1000;

/** The loader: a plain inline script for the page's head, written out by hand (no bundling). */
const loader = (hints: string[], links: string[]) =>
	[
		'<script>var __paintFirst=(function(hints,links){',
		'if(location.search.length>1)hints=hints.concat(links);',
		// Resolves once the first contentful frame has been presented (or cannot be waited for).
		'var painted=new Promise(function(done){',
		"if(document.visibilityState==='hidden'){done();return}",
		`setTimeout(done,${PAINT_TIMEOUT});`,
		"document.addEventListener('visibilitychange',done);",
		'try{',
		"if(PerformanceObserver.supportedEntryTypes.indexOf('paint')>=0){",
		'new PerformanceObserver(function(list,observer){',
		"if(list.getEntriesByName('first-contentful-paint').length){observer.disconnect();done()}",
		"}).observe({type:'paint',buffered:true});return}",
		'}catch(e){}',
		'requestAnimationFrame(function(){setTimeout(done)})',
		'});',
		'var parsed=new Promise(function(done){',
		"if(document.readyState!=='loading')done();",
		"else document.addEventListener('DOMContentLoaded',function(){done()})",
		'});',
		'Promise.all([painted,parsed]).then(function(){',
		'hints.forEach(function(href){',
		// A chunk is preloaded as a module; a result file as what `fetch` will ask for.
		"var link=document.createElement('link');link.href=href;",
		"if(/\\.js$/.test(href))link.rel='modulepreload';",
		"else{link.rel='preload';link.as='fetch';link.crossOrigin='anonymous'}",
		'document.head.appendChild(link)});',
		`document.querySelectorAll('script[type="${DEFERRED_TYPE}"]').forEach(function(block){`,
		"var script=document.createElement('script');script.textContent=block.textContent;",
		'block.replaceWith(script)})',
		'});',
		'return function(url){return painted.then(function(){return import(url)})}',
		`})(${json(hints)},${json(links)})</script>`
	].join('');

const json = (value: unknown) => JSON.stringify(value).replaceAll('<', '\\u003c');

export function paintFirst(html: string, links: readonly string[] = []): string {
	if (!ENTRY_IMPORT.test(html)) return html;
	ENTRY_IMPORT.lastIndex = 0;
	// A page that imports the app but whose start script is not found here would still work, only
	// painting later: a SvelteKit upgrade that changed the script must stop the build instead.
	if (!START_SCRIPT.test(html))
		throw new Error('paintFirst: the page imports the app, but its start script was not found');
	const hints = [...html.matchAll(PRELOAD)].map((m) => m[1] as string);
	// The page's hints name chunks relative to it (`../_app/…`): the link chunks the same way.
	const entry = /^(.*?)_app\/immutable\/entry\//.exec(
		hints.find((h) => h.includes('/entry/')) ?? ''
	);
	if (links.length && !entry)
		throw new Error('paintFirst: chunks to hint for links, but no entry among the hints');
	const relative = links
		.map((file) => `${entry?.[1] ?? ''}${file}`)
		.filter((h) => !hints.includes(h));
	return html
		.replace(PRELOAD, '')
		.replace('</head>', `${loader(hints, relative)}\n\t</head>`)
		.replace(ENTRY_IMPORT, (_, url: string) => `__paintFirst(${JSON.stringify(url)})`)
		.replace(START_SCRIPT, (_, body: string) => `<script type="${DEFERRED_TYPE}">${body}</script>`);
}
