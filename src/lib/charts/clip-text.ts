/**
 * A name cut to `n` characters with an ellipsis, at a word's end where one is near. A chart that
 * draws a cut name gives the whole one with it (`fullIfCut` as the mark's `title`, an SVG <title>
 * shown on hover) so that no name is lost to the cut.
 */
export function clipText(text: string, n: number): string {
	if (text.length <= n) return text;
	const cut = text.slice(0, n - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space >= n * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The whole text where `clipText` would cut it to `n`, else null (no <title> needed). */
export const fullIfCut = (text: string, n: number): string | null =>
	text.length > n ? text : null;
