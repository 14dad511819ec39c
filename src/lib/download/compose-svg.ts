import { resolveColorVars } from '$lib/catalog/colors';
/** What a downloaded chart carries besides the chart: its title, source line and date. */
export interface SvgCard {
	/** The chart's own SVG, serialised as XML. */
	chart: string;
	width: number;
	height: number;
	title: string;
	subtitle?: string;
	/** Source line, caveats, the date and the link: each wrapped to the width. */
	notes: string[];
	/** The CSS font-family list for the card's own text; system fonts when left out. */
	font?: string;
}

const PAD = 16;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

/** Escapes text for an XML text node or attribute. */
export const escapeXml = (s: string) =>
	s.replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] as string
	);

/** Greedy word wrap to a number of characters per line. */
export function wrap(text: string, chars: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && line.length + 1 + word.length > chars) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	return line ? [...lines, line] : lines;
}

/** The width and height written on an SVG's root element. */
export function sizeOf(svg: string): { width: number; height: number } {
	const root = /^(?:<\?xml[^>]*>\s*)?<svg[^>]*>/.exec(svg)?.[0] ?? '';
	const num = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(root)?.[1] ?? 0);
	return { width: num('width'), height: num('height') };
}

const textLines = (lines: string[], y0: number, size: number, attrs: string) =>
	lines.map(
		(l, i) => `<text x="${PAD}" y="${y0 + i * size * 1.3}" ${attrs}>${escapeXml(l)}</text>`
	);

/** A standalone SVG: title and subtitle above the chart, notes below, on white. */
export function composeSvg(card: SvgCard): string {
	const width = Math.round(card.width + 2 * PAD);
	const perLine = Math.max(20, Math.floor((width - 2 * PAD) / 6.2));
	const title = wrap(card.title, Math.floor(perLine / 1.6));
	const subtitle = card.subtitle ? wrap(card.subtitle, Math.floor(perLine / 1.15)) : [];
	const notes = card.notes.flatMap((n) => wrap(n, perLine));
	const top = PAD + title.length * 23 + subtitle.length * 17 + 8;
	const bottom = top + card.height + 12;
	const height = Math.round(bottom + notes.length * 14.3 + PAD);
	// The page's colour tokens do not travel: each var() becomes its light fallback.
	const chart = resolveColorVars(card.chart.replace(/^<\?xml[^>]*>/, '')).replaceAll(
		'&nbsp;',
		'&#160;'
	);
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(card.font ?? FONT)}">`,
		// Plot's own stylesheet sizes its SVG for a page (height: auto); pin it inside ours.
		`<style>.chart > svg { width: ${card.width}px; height: ${card.height}px; max-width: none; }</style>`,
		`<rect width="100%" height="100%" fill="#ffffff"/>`,
		...textLines(title, PAD + 17, 18, 'font-size="18" font-weight="700" fill="#1a1a1a"'),
		...textLines(subtitle, PAD + title.length * 23 + 13, 13, 'font-size="13" fill="#555555"'),
		`<g class="chart" transform="translate(${PAD},${top})">${chart}</g>`,
		...textLines(notes, bottom + 11, 11, 'font-size="11" fill="#555555"'),
		'</svg>'
	].join('\n');
}
