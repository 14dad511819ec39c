import type { IndicatorMeta } from '$lib/catalog/indicators';
import type { SvgCard } from '$lib/download/compose-svg';
import { homeCodec } from '$lib/state/home-state';
import { load as homeLoad } from '../+page.server';

/** The width and height written on a Plot SVG's root element. */
export function sizeOf(svg: string): { width: number; height: number } {
	const root = /^<svg[^>]*>/.exec(svg)?.[0] ?? '';
	const num = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(root)?.[1] ?? 0);
	return { width: num('width'), height: num('height') };
}

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
