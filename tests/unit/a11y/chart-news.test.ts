import { afterEach, describe, expect, it, vi } from 'vitest';
import { announceChart, chartNews, newsText } from '$lib/a11y/chart-news.svelte';

describe('chart news', () => {
	afterEach(() => vi.useRealTimers());

	it('says one chart in full, several as the first and a count, each once', () => {
		expect(newsText(['Estonia rose.'])).toBe('Estonia rose.');
		expect(newsText(['Estonia rose.', 'Germany fell.'])).toBe(
			'Estonia rose. (1 other chart also changed.)'
		);
		expect(newsText(['A.', 'B.', 'A.', 'C.'])).toBe('A. (2 other charts also changed.)');
	});

	it('gathers the charts one change redraws into one line, and empties it later', () => {
		vi.useFakeTimers();
		announceChart('First panel.');
		announceChart('Second panel.');
		expect(chartNews.text).toBe('');
		vi.advanceTimersByTime(300);
		expect(chartNews.text).toBe('First panel. (1 other chart also changed.)');
		announceChart('Third panel.');
		vi.advanceTimersByTime(300);
		expect(chartNews.text).toBe('Third panel.');
		vi.advanceTimersByTime(10_000);
		expect(chartNews.text).toBe('');
	});
});
