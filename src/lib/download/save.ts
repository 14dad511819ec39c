import { SaidError } from '$lib/db/said-error';
import { tNoPngCanvas, tPngFailed } from '$lib/i18n/pages/tools';

/** Hands a file to the browser as a download (browser only). */
export function saveBlob(blob: Blob, filename: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	a.rel = 'noopener';
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The chart's SVG inside a container (the largest, not a legend's), serialised as XML, with its drawn size (browser only). */
export function serializeChart(
	container: Element
): { chart: string; width: number; height: number } | null {
	const area = (s: SVGSVGElement) => s.clientWidth * s.clientHeight;
	const svgs = [...container.querySelectorAll<SVGSVGElement>('svg')].filter(
		(s) => !s.parentElement?.closest('svg')
	);
	const svg = svgs.sort((a, b) => area(b) - area(a))[0];
	if (!svg) return null;
	const box = svg.viewBox?.baseVal;
	const width = Number(svg.getAttribute('width')) || box?.width || svg.clientWidth;
	const height = Number(svg.getAttribute('height')) || box?.height || svg.clientHeight;
	return { chart: new XMLSerializer().serializeToString(svg), width, height };
}

/** Draws SVG text onto a canvas at `scale`× and returns it as PNG; nothing is fetched. */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
	const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
	const root = doc.documentElement;
	const width = Number(root.getAttribute('width'));
	const height = Number(root.getAttribute('height'));
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.width = width;
		image.height = height;
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const context = canvas.getContext('2d');
		if (!context) throw new SaidError((locale) => tNoPngCanvas(locale));
		context.drawImage(image, 0, 0, canvas.width, canvas.height);
		return await new Promise<Blob>((done, fail) =>
			canvas.toBlob(
				(b) => (b ? done(b) : fail(new SaidError((locale) => tPngFailed(locale)))),
				'image/png'
			)
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}

/** A file name made from a title: lower case, ASCII letters, digits and dashes, cut between words. */
export function slug(text: string, max = 80): string {
	const s = text
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (s.length <= max) return s || 'chart';
	const at = s.slice(0, max + 1).lastIndexOf('-');
	return at > 0 ? s.slice(0, at) : s.slice(0, max);
}
