import { describe, expect, it } from 'vitest';
import { GLOSSARY, glossaryName } from '$lib/i18n/glossary';
import { LOCALES } from '$lib/i18n/locales';
import type { Texts } from '$lib/i18n/message';
import * as messages from '$lib/i18n/messages';

describe('glossary', () => {
	it('names the bodies the site names, once each', () => {
		const ids = GLOSSARY.map((e) => e.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ['ozg', 'digst', 'ria', 'bosa', 'gds', 'european-commission', 'un-desa'])
			expect(ids).toContain(id);
	});

	it.each(GLOSSARY.map((e) => [e.id, e] as const))('%s has a quoted source', (_id, entry) => {
		expect(entry.sources.length).toBeGreaterThan(0);
		for (const source of entry.sources) {
			expect(source.url).toMatch(/^https?:\/\/[^\s]+$/);
			expect(source.quote.trim().length).toBeGreaterThan(10);
		}
	});

	it.each(GLOSSARY.map((e) => [e.id, e] as const))(
		'%s: every official name is in a quote, and a language without one says why',
		(_id, entry) => {
			const quotes = entry.sources.map((s) => s.quote).join('\n');
			for (const name of Object.values(entry.names)) expect(quotes).toContain(name);
			const missing = LOCALES.filter((l) => !entry.names[l]);
			if (missing.length > 0 && entry.original.language !== 'en') expect(entry.note).toBeTruthy();
		}
	);

	it('falls back to the original name', () => {
		const digst = GLOSSARY.find((e) => e.id === 'digst')!;
		expect(glossaryName(digst, 'en')).toBe('Agency for Digital Government');
		expect(glossaryName(digst, 'fr')).toBe('Digitaliseringsstyrelsen');
	});
});

describe('messages use the glossary', () => {
	const all = Object.entries(messages) as [string, { texts: Texts }][];
	const uses = all.flatMap(([key, { texts }]) =>
		GLOSSARY.filter((e) => texts.en.includes(glossaryName(e, 'en'))).map(
			(entry) => [key, entry.id, texts, entry] as const
		)
	);

	it('somewhere', () => expect(uses.length).toBeGreaterThan(0));

	it.each(uses)('%s names %s in each language’s official form', (_key, _id, texts, entry) => {
		for (const locale of LOCALES)
			expect(texts[locale], locale).toContain(glossaryName(entry, locale));
	});
});
