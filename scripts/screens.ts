/**
 * Screenshots of /, /explore (EU27) and /sources on a desktop (1280 px) and a phone (390×844),
 * from a built site: `tsx scripts/screens.ts <build dir> <out dir> <prefix> [full]`. The first
 * screen as a JPEG (small enough for the repository), or with `full` the whole page as a PNG;
 * either way it prints each page's full height.
 */
import { mkdirSync } from 'node:fs';
import { launch } from '../tests/e2e/browser.ts';
import { serveStatic } from './static-server.ts';

const [dir = 'build', out = 'screens', prefix = 'shot', extent] = process.argv.slice(2);
const full = extent === 'full';
const PAGES: [name: string, path: string, ready: string][] = [
	['home', '', '.chart[data-live=true] svg'],
	['explore-eu27', 'explore/?group=eu27', '.chart[data-live=true] svg'],
	['sources', 'sources/', 'h1']
];
const SIZES: [name: string, width: number, height: number][] = [
	['desktop', 1280, 800],
	['phone', 390, 844]
];

mkdirSync(out, { recursive: true });
const { server, url } = await serveStatic(dir);
const browser = await launch();
for (const [size, width, height] of SIZES) {
	const context = await browser.newContext({ viewport: { width, height } });
	for (const [name, path, ready] of PAGES) {
		const page = await context.newPage();
		await page.goto(url + path);
		await page.waitForSelector(ready, { timeout: 60_000 });
		await page.screenshot(
			full
				? { path: `${out}/${prefix}-${name}-${size}.png`, fullPage: true }
				: { path: `${out}/${prefix}-${name}-${size}.jpg`, type: 'jpeg', quality: 80 }
		);
		const h = await page.evaluate(() => document.documentElement.scrollHeight);
		console.log(`${prefix}-${name}-${size}.${full ? 'png' : 'jpg'}: ${width} × ${h} px in all`);
		await page.close();
	}
	await context.close();
}
await browser.close();
server.close();
