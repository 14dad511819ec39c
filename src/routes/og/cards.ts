import type { IndicatorMeta } from '$lib/catalog/indicators';
import { composeSvg, sizeOf, type SvgCard } from '$lib/download/compose-svg';
import { OG_FONT } from '$lib/server/og-png';
import { homeCodec } from '$lib/state/home-state';
import { load as homeLoad } from '../+page.server';

/** Each prerendered page's preview: its default chart, as the page draws it at build time. */
export const CARDS: Record<string, () => Promise<SvgCard>> = {
	async home() {
		const data = await homeLoad();
		const { indicator } = homeCodec({ isCountry: () => true, isIndicator: () => true }).defaults;
		const meta = data.indicators.find((i) => i.indicator_id === indicator) as IndicatorMeta;
		const publisher = data.sources.find((s) => s.source_id === meta.source_id)?.publisher;
		return {
			chart: data.svg,
			...sizeOf(data.svg),
			title: meta.label,
			subtitle: `${meta.family}, ${meta.first_year}–${meta.last_year}, ${meta.unit}`,
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
