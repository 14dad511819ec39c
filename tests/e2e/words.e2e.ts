import { describe, expect, it } from 'vitest';
import { hydrated } from './pages';
import { e2eSuite } from './suite';

/*
 * Words (issue #20, point 5): indicator choices name their source and years, group presets say
 * who is in them and why, and a strategy name cut to fit a chart has its whole name with it.
 */

const { base, browser, watch, expectCleanRun } = e2eSuite();
const DESKTOP = { viewport: { width: 1280, height: 800 } };

describe('words', () => {
	it('names each indicator’s source and years in the pickers, as the chart does', async () => {
		const context = await browser().newContext(DESKTOP);
		const w = await watch(context);
		await w.page.goto(base);
		// The whole list comes with the app (LateOptions): wait until it is there.
		await w.page.waitForFunction(
			() => document.querySelectorAll('[data-testid=indicator] optgroup:not([hidden])').length > 1
		);
		const options = await w.page.$$eval('[data-testid=indicator] optgroup', (groups) =>
			groups.flatMap((g) =>
				[...g.querySelectorAll('option')].map((o) => ({
					group: g.getAttribute('label') ?? '',
					value: o.value,
					text: o.textContent ?? ''
				}))
			)
		);
		expect(options.length).toBeGreaterThan(10);
		for (const o of options) {
			const m = /^(.+) — (.+), (\d{4})(?:–(\d{4}))?$/.exec(o.text);
			expect(m, o.text).not.toBeNull();
			// The source named is the benchmark family the option is listed under.
			expect(m![2], o.text).toBe(o.group);
			if (m![4]) expect(Number(m![4])).toBeGreaterThan(Number(m![3]));
			// Units are said on the chart, not in the list ("score (0–100), 0–100" said it twice).
			expect(o.text).not.toMatch(/\(0–1(00)?\), 0–1/);
		}
		// The chosen indicator's source and years are those of the chart's subtitle.
		const chosen = await w.page.$eval(
			'[data-testid=indicator]',
			(s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent ?? ''
		);
		const subtitle = await w.page
			.locator('[data-testid=home-chart] .subtitle')
			.first()
			.textContent();
		expect(chosen.endsWith(` — ${subtitle}`)).toBe(true);
		await context.close();
	});

	it('says who is in a preset group and why, beside the choice', async () => {
		const context = await browser().newContext(DESKTOP);
		const w = await watch(context);
		await w.page.goto(base + 'explore/');
		await hydrated(w.page);
		const note = w.page.locator('[data-testid=group-note]');
		for (const group of ['five', 'ten', 'eight']) {
			await w.page.click(`[data-testid=group-${group}]`);
			await w.page.waitForURL((u) => group === 'five' || u.search.includes(`group=${group}`));
			await w.page.locator(`[data-testid=group-${group}]:checked`).waitFor({ state: 'attached' });
			// Every country the group puts on the chart (its chips) is named in the note.
			const chips = await w.page.$$eval('.countries .chips li > span', (names) =>
				names.map((n) => n.textContent?.trim() ?? '')
			);
			const text = (await note.textContent()) ?? '';
			expect(chips.length, group).toBeGreaterThan(4);
			for (const name of chips) expect(text, group).toContain(name);
			// …after a reason: more than a list of names.
			expect(text.length, group).toBeGreaterThan(chips.join(', ').length + 40);
			// The radio group is described by the note, for screen readers.
			const described = await w.page.$eval(
				'[role=radiogroup][aria-label="Country group"]',
				(g) => document.getElementById(g.getAttribute('aria-describedby') ?? '')?.textContent
			);
			expect(described?.trim()).toBe(text.trim());
		}
		await context.close();
	});

	it('gives every strategy name cut to fit a chart its whole name', async () => {
		const context = await browser().newContext(DESKTOP);
		const w = await watch(context);
		await w.page.goto(base + 'strategies/');
		const cut = await w.page.$$eval('figure.frame svg text', (texts) =>
			texts
				.filter((t) => [...t.childNodes].some((n) => n.textContent?.includes('…')))
				.map((t) => {
					const shown = [...t.childNodes]
						.filter((n) => n.nodeName !== 'title')
						.map((n) => n.textContent ?? '')
						.find((x) => x.includes('…')) as string;
					return {
						before: shown.slice(0, shown.indexOf('…')),
						full: t.querySelector(':scope > title')?.textContent ?? null,
						pointer: getComputedStyle(t).pointerEvents
					};
				})
		);
		// The timeline and the matrix both cut long titles at desktop width.
		expect(cut.length).toBeGreaterThan(1);
		for (const c of cut) {
			expect(c.full, c.before).not.toBeNull();
			expect(c.full!.startsWith(c.before), c.before).toBe(true);
			expect(c.full!.length).toBeGreaterThan(c.before.length);
		}
		// The keyboard reaches each timeline item by its whole name: its mark's own <title>.
		const names = await w.page.$$eval('figure.frame svg [data-key] > title', (ts) =>
			ts.map((t) => t.textContent ?? '')
		);
		const titled = cut.filter((c) => !c.before.includes('\n'));
		for (const c of titled)
			expect(
				names.some((n) => n.includes(c.full!.replace(/^R · /, '').replace(/ \(\d{4}\)$/, ''))),
				c.full!
			).toBe(true);
		await context.close();
	});

	expectCleanRun(2);
});
