/**
 * Screenshots of /, /explore (EU27) and /sources on a desktop (1280 px) and a phone (390×844),
 * full page, from a built site: `tsx scripts/screens.ts <build dir> <out dir> <prefix>`.
 */
import { mkdirSync } from 'node:fs';
import { launch } from '../tests/e2e/browser.ts';
import { serveStatic } from './static-server.ts';

const [dir = 'build', out = 'screens', prefix = 'shot'] = process.argv.slice(2);
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
		await page.screenshot({ path: `${out}/${prefix}-${name}-${size}.png`, fullPage: true });
		const h = await page.evaluate(() => document.documentElement.scrollHeight);
		console.log(`${prefix}-${name}-${size}.png ${width}x${h}`);
		await page.close();
	}
	await context.close();
}
await browser.close();
server.close();
