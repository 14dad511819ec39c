import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../src/lib/i18n/locales';
import type { Texts } from '../../src/lib/i18n/message';
import * as messages from '../../src/lib/i18n/messages';
import { e2eSuite } from './suite';

const { base, browser, watch, expectCleanRun } = e2eSuite();

const OTHERS = LOCALES.filter((l) => l !== 'en');
const prefix = (locale: Locale) => (locale === 'en' ? '' : `${locale}/`);
const texts = Object.values(messages).map((m) => (m as { texts: Texts }).texts);

/** English interface texts that differ in `locale`, as whole words (Explore is not Explorer). */
function englishOnly(locale: Locale): RegExp[] {
	return texts
		.filter((t) => t.en !== t[locale])
		.flatMap((t) => t.en.split(/\{\w+\}/))
		.map((s) => s.trim())
		.filter((s) => s.length > 2)
		.map(
			(s) => new RegExp(`(?<!\\p{L})${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u')
		);
}

/** The words of the header, the footer and the skip link, with the labels of their landmarks. */
const chrome = (page: Page) =>
	page.evaluate(() => {
		const parts = [...document.querySelectorAll('header, footer, .skip')];
		const labels = [...document.querySelectorAll('header [aria-label]')].map((e) =>
			e.getAttribute('aria-label')
		);
		return [...parts.map((p) => (p as HTMLElement).innerText), ...labels].join('\n');
	});

async function alternates(page: Page): Promise<Record<string, string>> {
	const links = await page
		.locator('link[rel=alternate][hreflang]')
		.evaluateAll((ls) =>
			ls.map((l) => [l.getAttribute('hreflang'), (l as HTMLLinkElement).href] as const)
		);
	return Object.fromEntries(links.map(([lang, href]) => [lang, new URL(href).pathname]));
}

const ready = (page: Page) => page.waitForSelector('[data-testid=theme-toggle][data-ready=true]');

describe('the site in six languages', { timeout: 180_000 }, () => {
	it.each(OTHERS)('/%s/ speaks its language in the header and footer', async (locale) => {
		const context = await browser().newContext();
		const { page } = await watch(context);
		const response = await page.goto(`${base}${locale}/`);
		expect(response?.status()).toBe(200);
		expect(await page.getAttribute('html', 'lang')).toBe(locale);
		const root = new URL(base).pathname;
		expect(await alternates(page)).toEqual({
			...Object.fromEntries(LOCALES.map((l) => [l, `${root}${prefix(l)}`])),
			'x-default': root
		});
		const words = await chrome(page);
		expect(words).toContain(messages.siteName(locale));
		expect(words).toContain(messages.navCountries(locale));
		for (const english of englishOnly(locale)) expect(words, String(english)).not.toMatch(english);
		await context.close();
	});

	it.each(OTHERS)('a header link on /%s/ stays in the language', async (locale) => {
		const context = await browser().newContext();
		const { page } = await watch(context);
		await page.goto(`${base}${locale}/`);
		await ready(page);
		await page.click('header nav a[href$="sources/"]');
		await page.waitForURL(new RegExp(`/${locale}/sources/$`));
		await page.waitForSelector('[data-testid=toc]');
		expect(await page.getAttribute('html', 'lang')).toBe(locale);
		expect(await page.textContent('header nav a[aria-current=page]')).toBe(
			messages.navSources(locale)
		);
		const root = new URL(base).pathname;
		expect((await alternates(page))[locale]).toBe(`${root}${locale}/sources/`);
		await context.close();
	});

	it.each(LOCALES)('the switch on /%s sources/ keeps the query string', async (locale) => {
		const context = await browser().newContext();
		const { page } = await watch(context);
		await page.goto(`${base}${prefix(locale)}sources/?from=link~test`);
		await ready(page);
		const switchLink = (l: Locale) =>
			page.getAttribute(`[data-testid=language-switch] a[data-locale=${l}]`, 'href');
		for (const other of LOCALES) {
			const href = new URL((await switchLink(other)) as string, page.url());
			expect(href.pathname).toBe(`${new URL(base).pathname}${prefix(other)}sources/`);
			expect(href.search).toBe('?from=link~test');
		}
		expect(
			await page.getAttribute(
				`[data-testid=language-switch] a[data-locale=${locale}]`,
				'aria-current'
			)
		).toBe('true');
		const next = LOCALES[(LOCALES.indexOf(locale) + 1) % LOCALES.length] as Locale;
		await page.click(`[data-testid=language-switch] a[data-locale=${next}]`);
		await page.waitForURL(new RegExp(`/${prefix(next)}sources/\\?from=link~test$`));
		await page.waitForSelector('[data-testid=toc]');
		expect(await page.getAttribute('html', 'lang')).toBe(next);
		await context.close();
	});

	it('keeps a view’s state across the switch', async () => {
		const context = await browser().newContext();
		const { page } = await watch(context);
		await page.goto(`${base}de/explore/?group=none&country=EST`);
		await page.waitForSelector('.chart[data-live=true] svg', { timeout: 60_000 });
		const link = page.locator('[data-testid=language-switch] a[data-locale=et]');
		// The same settings, whatever their order (the page may write its address in its own order).
		const settings = (search: string) => [...new URLSearchParams(search)].sort().join('&');
		const asked = settings('?group=none&country=EST');
		await page.waitForFunction(
			([a, wanted]) => {
				const href = document.querySelector(a)?.getAttribute('href') ?? '';
				const search = new URL(href, location.href).search;
				return [...new URLSearchParams(search)].sort().join('&') === wanted;
			},
			['[data-testid=language-switch] a[data-locale=et]', asked] as const
		);
		await link.click();
		// The other language's page loads in full: wait for its address, then for its own <html lang>
		// (its load event, which waits for every script, can take long on a busy machine).
		await page.waitForURL(
			(url) => url.pathname.endsWith('/et/explore/') && settings(url.search) === asked,
			{ waitUntil: 'commit' }
		);
		await page.waitForFunction(() => document.documentElement.lang === 'et');
		await context.close();
	});

	it('serves the not-found page in the language of the address', async () => {
		const context = await browser().newContext();
		// Not watched: the browser logs the 404 answer itself as a console error.
		const page = await context.newPage();
		await page.goto(`${base}fr/no/such/page/`);
		await page.waitForFunction(
			(title) => document.querySelector('h1')?.textContent === title,
			messages.notFoundTitle('fr')
		);
		expect(
			await page.getAttribute('a:text("' + messages.startOverview('fr') + '")', 'href')
		).toMatch(/\/fr\/$/);
		await context.close();
	});

	expectCleanRun(15);
});
