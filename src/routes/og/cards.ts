import { yearSpan } from '$lib/catalog/indicators';
import { composeSvg, sizeOf, type SvgCard } from '$lib/download/compose-svg';
import { homeDefault } from '$lib/server/home';
import { OG_FONT } from '$lib/server/og-png';
import { withNodeDb } from '$lib/server/prerender';

/** Each prerendered page's preview: its default chart, as the page draws it at build time. */
export const CARDS: Record<string, () => Promise<SvgCard>> = {
	async home() {
		// Only the default chart: not the whole home page (its overview is not on the card).
		const { meta, sources, svg } = await withNodeDb(homeDefault);
		const publisher = sources.find((s) => s.source_id === meta.source_id)?.publisher;
		return {
			chart: svg,
			...sizeOf(svg),
			title: meta.label,
			subtitle: `${meta.family}, ${yearSpan(meta.first_year, meta.last_year)}, ${meta.unit}`,
			notes: [`Source: ${meta.family} (${publisher ?? meta.source_id}).`]
		};
	}
};

/** The pages with a preview, for the routes' prerender entries. */
export const entries = () => Object.keys(CARDS).map((page) => ({ page }));

/**
 * A page's preview as a standalone SVG, or undefined when it has none. Its text names the font the
 * PNG is drawn with, so both look alike where that font is installed.
 */
export async function cardSvg(page: string): Promise<string | undefined> {
	const card = CARDS[page];
	return card && composeSvg({ ...(await card()), font: `'${OG_FONT}', sans-serif` });
}
