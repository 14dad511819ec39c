import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../src/lib/i18n/locales';
import type { Texts } from '../../src/lib/i18n/message';
import * as shared from '../../src/lib/i18n/messages';
import { SITE_PAGES } from './pages';
import { e2eSuite } from './suite';

/*
 * Issue 21: every view works in every language, and speaks it. Each page is opened under each
 * language prefix and settled as the other checks settle it (the engine draws, a control changes
 * where the page needs one); then no English interface text may remain in its main content.
 */
const { base, origin, browser, watch, expectCleanRun } = e2eSuite();

const OTHERS = LOCALES.filter((l) => l !== 'en') as Exclude<Locale, 'en'>[];

/** Every message of the site: the shared module and one per area (src/lib/i18n/pages). */
const modules: Record<string, unknown>[] = [
	shared,
	...Object.values(
		import.meta.glob<Record<string, unknown>>('../../src/lib/i18n/pages/*.ts', { eager: true })
	)
];
const texts = modules.flatMap((m) =>
	Object.values(m)
		.filter((v): v is { texts: Texts } => typeof v === 'function' && 'texts' in v)
		.map((v) => v.texts)
);

/** Whether some message's text in `locale` contains the phrase too (then it is not English-only). */
const spokenIn = (locale: Locale, phrase: string) => texts.some((t) => t[locale].includes(phrase));

/**
 * The English pieces (split at placeholders) of messages that read otherwise in `locale`: long
 * enough to be a phrase, not a word that both languages share (e.g. "Online", "Analyse").
 */
function englishPhrases(locale: Locale): string[] {
	return [
		...new Set(
			texts
				.filter((t) => t.en !== t[locale])
				.flatMap((t) => t.en.split(/\{\w+\}/))
				.map((s) => s.trim())
				.filter((s) => s.split(/\s+/).length >= 3 && !spokenIn(locale, s))
		)
	];
}

/**
 * The page's main content as a reader meets it: its text, and the accessible names and descriptions
 * of its controls and charts, less the parts marked as being in another language (`lang`: the
 * data's own English caveats). Those parts are taken out of the page itself, which the check
 * leaves afterwards.
 */
const mainText = (page: Page) =>
	page.evaluate(() => {
		const main = document.querySelector('main') as HTMLElement;
		const own = document.documentElement.lang;
		for (const part of main.querySelectorAll('[lang]'))
			if (part.getAttribute('lang') !== own) part.remove();
		const read = ['aria-label', 'aria-description', 'title', 'placeholder'];
		const names = [...main.querySelectorAll(read.map((a) => `[${a}]`).join(', '))].flatMap((e) =>
			read.map((a) => e.getAttribute(a) ?? '')
		);
		return [main.innerText, ...names].join('\n');
	});

describe('every view in every language', { timeout: 240_000 }, () => {
	it.each(OTHERS)('/%s/: each view loads, settles and speaks its language', async (locale) => {
		const context = await browser().newContext();
		const { page } = await watch(context);
		const phrases = englishPhrases(locale);
		const leaks: string[] = [];
		for (const [path, settled] of SITE_PAGES) {
			const response = await page.goto(`${base}${locale}/${path}`);
			expect(response?.status(), path).toBe(200);
			await settled(page);
			expect(await page.getAttribute('html', 'lang'), path).toBe(locale);
			const text = await mainText(page);
			for (const phrase of phrases) if (text.includes(phrase)) leaks.push(`${path}: ${phrase}`);
		}
		expect(leaks).toEqual([]);
		await context.close();
	});

	it.each(OTHERS)('a link copied on /%s/explore/ reopens in that language', async (locale) => {
		const context = await browser().newContext();
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
		const { page } = await watch(context);
		await page.goto(`${base}${locale}/explore/`);
		await page.waitForSelector('.chart[data-live=true] svg', { timeout: 60_000 });
		await page.check('[data-testid=norm-rank]');
		await page.waitForURL(/norm=rank/);
		await page.click('.results [data-testid=share-menu] >> nth=0');
		await page.click('[data-testid=copy-link]');
		await page.waitForSelector('[data-testid=copy-confirmation]');
		const link = await page.evaluate(() => navigator.clipboard.readText());
		expect(new URL(link).pathname).toBe(`${new URL(base).pathname}${locale}/explore/`);
		expect(link).toContain('norm=rank');

		const fresh = await browser().newContext();
		const other = await watch(fresh);
		await other.page.goto(link);
		await other.page.waitForSelector('.chart[data-live=true] svg', { timeout: 60_000 });
		expect(await other.page.getAttribute('html', 'lang')).toBe(locale);
		expect(await other.page.isChecked('[data-testid=norm-rank]')).toBe(true);
		await Promise.all([context.close(), fresh.close()]);
	});

	expectCleanRun(OTHERS.length * 2);
});
