import { describe, expect, it } from 'vitest';
import { LOCALES } from '$lib/i18n/locales';
import { placeholdersOf, type Texts } from '$lib/i18n/message';
import * as messages from '$lib/i18n/messages';
import * as words from '$lib/i18n/words';

/** Every message module: the shared ones and one per area of the site (pages/*.ts). */
const modules: Record<string, Record<string, unknown>> = {
	messages,
	words,
	...import.meta.glob<Record<string, unknown>>('/src/lib/i18n/pages/*.ts', { eager: true })
};
const all = Object.entries(modules).flatMap(([file, exports]) =>
	Object.entries(exports).map(([key, m]) => [`${file}: ${key}`, m])
) as [string, { texts: Texts }][];

describe('messages', () => {
	it('are many, each with its texts', () => {
		expect(all.length).toBeGreaterThan(20);
		for (const [key, m] of all) expect(typeof m.texts, key).toBe('object');
	});

	it('define each text once: an area shares a word by re-exporting it', () => {
		const defined = new Map<string, string>();
		for (const [key, m] of all) {
			const texts = JSON.stringify(m.texts);
			const first = defined.get(texts);
			// The same message under two names (a re-export) is one definition.
			if (first === undefined) defined.set(texts, key);
			else expect(all.find(([k]) => k === first)?.[1], `${key} repeats ${first}`).toBe(m);
		}
	});

	it('have one name across the modules', () => {
		const names = all.map(([key]) => key.split(': ')[1]);
		expect(names.length).toBe(new Set(names).size);
	});

	it.each(all)('%s has a text in every language, and no other', (_key, { texts }) => {
		expect(Object.keys(texts).sort()).toEqual([...LOCALES].sort());
		for (const locale of LOCALES) expect(texts[locale]?.trim(), locale).toBeTruthy();
	});

	it.each(all)('%s has the same placeholders in every language', (_key, { texts }) => {
		const english = placeholdersOf(texts.en);
		for (const locale of LOCALES) expect(placeholdersOf(texts[locale]), locale).toEqual(english);
	});

	it.each(all)('%s has no stray braces or untrimmed text', (_key, { texts }) => {
		for (const locale of LOCALES) {
			const text = texts[locale];
			expect(text.replace(/\{\w+\}/g, ''), locale).not.toMatch(/[{}]/);
			expect(text, locale).toBe(text.trim());
		}
	});

	it('fill their placeholders in the language asked for', () => {
		expect(messages.errorStatus('de', { status: 404 })).toBe('Fehler 404');
		expect(messages.notFoundTitle('et')).toBe('Lehte ei leitud');
		expect(messages.navOverview('en')).toBe('Overview');
	});
});
