import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import { sizeOf } from '$lib/download/compose-svg';

/** The image size Facebook, LinkedIn, X and Slack expect of og:image (1.91:1). */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/**
 * The one font a preview is drawn with: DejaVu Sans from the dejavu-fonts-ttf package. System
 * fonts are never loaded, so every machine draws the same pixels, whatever it has installed.
 */
export const OG_FONT = 'DejaVu Sans';

const FACES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf'];

function options(): ResvgRenderOptions {
	const require = createRequire(import.meta.url);
	return {
		font: {
			loadSystemFonts: false,
			fontFiles: FACES.map((face) => require.resolve(`dejavu-fonts-ttf/ttf/${face}`)),
			defaultFontFamily: OG_FONT,
			// Generic names (Plot's 'system-ui, sans-serif' ends in one) resolve to the same font.
			sansSerifFamily: OG_FONT,
			serifFamily: OG_FONT,
			monospaceFamily: OG_FONT,
			cursiveFamily: OG_FONT,
			fantasyFamily: OG_FONT
		},
		background: '#ffffff',
		// resvg warns of each CSS selector it skips, such as Plot's :where(); nothing to act on.
		logLevel: 'error'
	};
}

/** A card SVG as a 1200×630 PNG: scaled to fit, centred on white. */
export function cardPng(svg: string): Buffer {
	const { width, height } = sizeOf(svg);
	if (!(width > 0 && height > 0)) throw new Error('The card SVG names no width and height.');
	const scale = Math.min(OG_WIDTH / width, OG_HEIGHT / height);
	const round = (n: number) => Math.round(n * 1000) / 1000;
	const x = round((OG_WIDTH - width * scale) / 2);
	const y = round((OG_HEIGHT - height * scale) / 2);
	const framed = [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">`,
		`<g transform="translate(${x} ${y}) scale(${round(scale)})">`,
		svg.replace(/^<\?xml[^>]*>/, ''),
		'</g></svg>'
	].join('\n');
	return new Resvg(framed, options()).render().asPng();
}
