/**
 * A prerendered chart is in a page twice: as markup in the HTML, which paints before any script,
 * and as a string in the page data SvelteKit inlines for hydration (96 KB of the home page's
 * 308 KB). Hydration never reads that string: Svelte adopts the markup already between an
 * `{@html}` block's markers whatever the value, as long as it is not empty (svelte 5
 * `internal/client/dom/blocks/html.js`). So the inline data carries a short non-empty stand-in
 * instead. Data fetched for a client-side navigation (`__data.json`) keeps every chart, since that
 * page is drawn from it.
 */

/** What the inline page data carries in place of a chart's markup: an HTML comment. */
export const DRAWN_IN_HTML = '<!--drawn at build time: in the HTML-->';

/** SvelteKit's start script, which carries the page data: the inline script calling `kit.start(`. */
const START_SCRIPT =
	/(<script\b[^>]*>)((?:(?!<\/script>)[\s\S])*?\bkit\.start\([\s\S]*?)(<\/script>)/;

/**
 * A JavaScript string literal (as devalue writes one: double quotes, `<` escaped) holding an SVG
 * or a figure around one.
 */
const CHART_STRING = /"\\u003C(?:svg|figure)\b(?:[^"\\]|\\.)*"/g;

/** The stand-in as devalue would write it. */
const STAND_IN = JSON.stringify(DRAWN_IN_HTML).replaceAll('<', '\\u003C');

/** The page with its inline page data's chart strings replaced by the stand-in. */
export function dropDrawnData(html: string): string {
	return html.replace(
		START_SCRIPT,
		(_, open: string, body: string, close: string) =>
			open + body.replace(CHART_STRING, STAND_IN) + close
	);
}
