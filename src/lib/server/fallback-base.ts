/**
 * The 404 page (`404.html`, SvelteKit's fallback) is served for any missing path, at any depth, so
 * it cannot use relative paths, and its absolute ones (`/_app/…`) miss when the site lives under a
 * sub-path: the page came up blank. `fallbackBase` rewrites it to find its base first: the deepest
 * prefix of the address under which `_app/version.json` answers as JSON (same origin, a few
 * requests at most), then to load the app from there. A path that cannot be decoded
 * (`/%E0%A4%A`, which SvelteKit's router would throw on) is first rewritten with its `%` escaped,
 * so that the page can say there is nothing at that address.
 */

const probe = [
	'<script>var __fallbackBase=(function(){',
	'var path=location.pathname;',
	"try{decodeURI(path)}catch(e){path=path.replace(/%/g,'%25');",
	"history.replaceState(history.state,'',path+location.search+location.hash)}",
	"var parts=path.split('/').slice(1,-1).slice(0,8);",
	"var candidates=[];for(var i=parts.length;i>=0;i--)candidates.push('/'+parts.slice(0,i).map(function(p){return p+'/'}).join(''));",
	'function next(i){if(i>=candidates.length)return Promise.resolve("");',
	"return fetch(candidates[i]+'_app/version.json',{cache:'no-store'}).then(function(r){",
	"return r.ok&&(r.headers.get('content-type')||'').indexOf('json')>=0?candidates[i].slice(0,-1):next(i+1)",
	'},function(){return next(i+1)})}',
	'return next(0).then(function(base){window.__fallbackBaseValue=base;return base})',
	'})()</script>'
].join('');

const REWRITES: [from: string | RegExp, to: string][] = [
	['<script>var __paintFirst=', `${probe}\n\t\t<script>var __paintFirst=`],
	['Promise.all([painted,parsed])', 'Promise.all([painted,parsed,__fallbackBase])'],
	[
		'return painted.then(function(){return import(url)})',
		'return __fallbackBase.then(function(b){return import(b+url)})'
	],
	[/\}\)\(\[("[^"]*",?)*\],\[("[^"]*",?)*\]\)<\/script>/, '})([],[])</script>'],
	[/base: ""/, 'base: window.__fallbackBaseValue'],
	[/\s*<link href="\/_app\/[^"]+\.css" rel="stylesheet"[^>]*>/g, '']
];

/** The fallback page, made to find its base at run time; throws if paint-first's loader changed. */
export function fallbackBase(html: string): string {
	return REWRITES.reduce((out, [from, to]) => {
		const found = typeof from === 'string' ? out.includes(from) : new RegExp(from).test(out);
		if (!found && !(from instanceof RegExp && from.global))
			throw new Error(`fallbackBase: ${String(from)} not found in the 404 page`);
		return out.replace(from, to);
	}, html);
}
