/**
 * Does shipping the engine gzip-compressed (inflated in its worker) slow its start? The home page
 * opened cold, alternately with the module as built (gzip, inflated by the worker) and with the
 * same module uncompressed (the worker passes it through), both answered by the browser context
 * from memory so that only the module's form differs; interleaved, `runs` of each, timed to the
 * page's `egov:engine-ready` mark. Writes its own section of BENCHMARKS.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { launch } from '../tests/e2e/browser.ts';
import { until } from './bench-paint.ts';
import { writeMarkedSection } from './bench-section.ts';
import { serveStatic } from './static-server.ts';

const START = '<!-- bench-engine:start -->';
const END = '<!-- bench-engine:end -->';
const ASSETS = 'immutable/assets';

type Form = 'gzip' | 'plain';

export interface EngineResults {
	runs: number;
	bytes: Record<Form, number>;
	ready: Record<Form, number[]>;
	load: [number, number];
}

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const m = Math.floor(s.length / 2);
	return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

export async function benchEngine(dir: string, runs: number): Promise<EngineResults> {
	const assets = join(dir, '_app', ASSETS);
	const name = readdirSync(assets).find((f) => /^duckdb-eh\.wasm\..+\.gz$/.test(f));
	if (!name) throw new Error(`No gzip-compressed engine module in ${assets}`);
	const gzip = readFileSync(join(assets, name));
	const body: Record<Form, Buffer> = { gzip, plain: gunzipSync(gzip) };
	const { server, url } = await serveStatic(dir);
	const browser = await launch();
	const ready: Record<Form, number[]> = { gzip: [], plain: [] };
	const load = loadavg()[0] as number;
	try {
		for (let r = 0; r < runs; r++) {
			for (const form of r % 2 ? (['plain', 'gzip'] as const) : (['gzip', 'plain'] as const)) {
				const context = await browser.newContext();
				await context.route(`**/${ASSETS}/${name}`, (route) =>
					route.fulfill({ status: 200, contentType: 'application/gzip', body: body[form] })
				);
				const page = await context.newPage();
				await page.goto(url);
				await page.evaluate(
					until('performance.getEntriesByName("egov:engine-ready").length > 0', 180_000)
				);
				ready[form].push(
					await page.evaluate(
						() => performance.getEntriesByName('egov:engine-ready')[0]?.startTime ?? NaN
					)
				);
				await context.close();
			}
		}
	} finally {
		await browser.close();
		server.close();
	}
	return {
		runs,
		bytes: { gzip: body.gzip.length, plain: body.plain.length },
		ready,
		load: [load, loadavg()[0] as number]
	};
}

export function formatSection(r: EngineResults): string {
	const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
	const ms = (t: number) => `${Math.round(t).toLocaleString('en')} ms`;
	const [g, p] = [median(r.ready.gzip), median(r.ready.plain)];
	return `${START}
## The engine shipped gzip-compressed: does inflating it slow the start?

\`npm run bench -- --no-build --only engine --runs ${r.runs}\` (${new Date().toISOString().slice(0, 10)}; load average ${r.load[0].toFixed(1)} at the start, ${r.load[1].toFixed(1)} at the end). The home page opened cold ${r.runs} times with each form of the module, alternating; the browser context answers the module's request from memory in both cases, so only its form differs. Time to the page's \`egov:engine-ready\` mark (engine started, tables loaded).

| module as sent | bytes | engine ready (median) | all runs |
| --- | --- | --- | --- |
| gzip, inflated in the worker (as shipped) | ${kb(r.bytes.gzip)} | ${ms(g)} | ${r.ready.gzip.map(ms).join(', ')} |
| uncompressed | ${kb(r.bytes.plain)} | ${ms(p)} | ${r.ready.plain.map(ms).join(', ')} |

Ratio gzip / uncompressed: **${(g / p).toFixed(2)}**.
${END}`;
}

export const writeSection = (section: string) =>
	writeMarkedSection(section, { start: START, end: END });
