/**
 * Paint first, then load the app. SvelteKit puts a `modulepreload` link for every chunk of a page
 * in `<head>` and starts the app from an inline script at the end of `<body>`. From a fast host the
 * modules arrive, compile and hydrate before the browser has painted anything, so the prerendered
 * chart, which needs no script at all, shows some 40–60 ms later (measured in BENCHMARKS.md).
 *
 * `paintFirst` rewrites a prerendered page so that both wait for the first frame: the preload
 * hints leave `<head>` and are added back, and the app's entry modules imported, once the page has
 * painted (a timer stands in when frames do not run, e.g. in a background tab). Pages without
 * SvelteKit's start script pass through unchanged.
 */

const PRELOAD = /\s*<link href="([^"]+)" rel="modulepreload">/g;
const ENTRY_IMPORT = /\bimport\("([^"]*_app\/immutable\/entry\/[^"]+\.js)"\)/g;

/** The loader: after a frame (or 200 ms at most), add the hints, then import. */
const loader = (hints: string[]) =>
	'<script>var __paintFirst=(function(hints){' +
	'var painted=new Promise(function(done){' +
	'requestAnimationFrame(function(){setTimeout(done)});setTimeout(done,200)' +
	'}).then(function(){hints.forEach(function(href){' +
	"var link=document.createElement('link');link.rel='modulepreload';link.href=href;" +
	'document.head.appendChild(link)})});' +
	'return function(url){return painted.then(function(){return import(url)})}' +
	`})(${JSON.stringify(hints).replaceAll('<', '\\u003c')})</script>`;

export function paintFirst(html: string): string {
	if (!ENTRY_IMPORT.test(html)) return html;
	ENTRY_IMPORT.lastIndex = 0;
	const hints = [...html.matchAll(PRELOAD)].map((m) => m[1] as string);
	return html
		.replace(PRELOAD, '')
		.replace('</head>', `${loader(hints)}\n\t</head>`)
		.replace(ENTRY_IMPORT, (_, url: string) => `__paintFirst(${JSON.stringify(url)})`);
}
