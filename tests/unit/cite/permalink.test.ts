import { describe, expect, it } from 'vitest';
import { embedSnippet, permalink } from '$lib/cite/permalink';
import { embed } from '$lib/state/embed.svelte';

describe('permalinks', () => {
	it('replaces the query and drops the fragment', () => {
		const state = new URLSearchParams({ country: 'EST~DNK', embed: '', q: 'a b&c' });
		expect(permalink('https://x.org/explore/?old=1#top', state)).toBe(
			'https://x.org/explore/?country=EST~DNK&q=a+b%26c'
		);
		expect(permalink('https://x.org/', new URLSearchParams())).toBe('https://x.org/');
	});

	it('adds the embed flag for iframes', () => {
		const rank = new URLSearchParams('view=rank');
		expect(permalink('https://x.org/', rank, { embed: true })).toBe(
			'https://x.org/?view=rank&embed'
		);
		const none = new URLSearchParams();
		expect(permalink('https://x.org/', none, { embed: true })).toBe('https://x.org/?embed');
		expect(permalink('https://x.org/', rank, { embed: true, embedKey: 'time line&x' })).toBe(
			'https://x.org/?view=rank&embed=time%20line%26x'
		);
	});

	it('embeds the frame a link names, and the main chart for a name no frame has', () => {
		embed.keys.add('timeline');
		embed.read('?embed=timeline');
		expect([embed.shows('timeline'), embed.shows('')]).toEqual([true, false]);
		embed.read('?embed=%3Cb%3E');
		expect([embed.shows('timeline'), embed.shows('')]).toEqual([false, true]);
		embed.read('?embed');
		expect([embed.shows('timeline'), embed.shows('')]).toEqual([false, true]);
		embed.read('?country=EST');
		expect([embed.active, embed.shows('')]).toEqual([false, false]);
		embed.keys.clear();
	});

	it('quotes the iframe attributes', () => {
		const html = embedSnippet('https://x.org/?a=1&embed', 'A "title" <b>');
		expect(html).toBe(
			'<iframe src="https://x.org/?a=1&amp;embed" title="A &quot;title&quot; &lt;b>" width="100%" height="520" style="border:0" loading="lazy"></iframe>'
		);
	});
});
