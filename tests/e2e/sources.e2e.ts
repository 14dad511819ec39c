import { describe, expect, it } from 'vitest';
import { e2eSuite } from './suite';

const { base, browser, watch, expectCleanRun } = e2eSuite();

interface Resource {
	name: string;
	path: string;
	format: string;
	schema: { fields: { name: string }[] };
}

describe('sources page and the shipped data package', () => {
	it('says beside each source whether reuse is restricted, and links its terms and provenance', async () => {
		const context = await browser().newContext();
		const { page } = await watch(context);
		await page.goto(base + 'sources/');
		const un = page.locator('section#un_egdi');
		await un.locator('[data-testid=reuse-restricted]').waitFor();
		expect(await un.locator('[data-testid=licence] a').getAttribute('href')).toBe(
			'https://www.un.org/en/about-us/terms-of-use'
		);
		expect(await page.locator('section#eu_egov [data-testid=reuse-restricted]').count()).toBe(0);
		const links = await page
			.locator('[data-testid=raw-doc]')
			.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
		expect(links.length).toBeGreaterThanOrEqual(14);
		for (const href of links) {
			const response = await fetch(href);
			expect(response.status, href).toBe(200);
			expect(await response.text(), href).toMatch(/^# /);
		}
		await context.close();
	});

	it('serves every CSV copy the data package describes, with the columns it lists', async () => {
		const pkg = (await (await fetch(base + 'data/datapackage.json')).json()) as {
			resources: Resource[];
		};
		const csvs = pkg.resources.filter((r) => r.format === 'csv');
		expect(csvs.length).toBeGreaterThanOrEqual(8);
		for (const r of csvs) {
			const text = await (await fetch(base + 'data/' + r.path)).text();
			const header = text.slice(0, text.indexOf('\r\n'));
			expect(header, r.name).toBe(r.schema.fields.map((f) => f.name).join(','));
		}
	});

	expectCleanRun(0);
});
