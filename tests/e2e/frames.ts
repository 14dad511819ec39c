import type { BrowserContext, Page } from 'playwright-core';

/** What one chart frame showed in one animation frame. */
export interface Frame {
	t: number;
	title: string;
	subtitle: string;
	/** The `aria-description` of every SVG drawn in the frame's plot area, in order. */
	charts: string[];
	busy: boolean;
}

/**
 * Records, from the first animation frame of every document in the context, what the chart frame
 * at `root` shows: its title, subtitle, the descriptions its charts carry, and whether it is busy.
 */
export async function recordFrames(context: BrowserContext, root: string): Promise<void> {
	await context.addInitScript((selector: string) => {
		const frames: unknown[] = [];
		(window as unknown as { __frames: unknown[] }).__frames = frames;
		const text = (el: Element | null | undefined) => el?.textContent?.trim() ?? '';
		const tick = () => {
			const frame = document.querySelector(selector);
			if (frame) {
				const area = frame.querySelector('.plot-area');
				frames.push({
					t: performance.now(),
					title: text(frame.querySelector('.frame-title')),
					subtitle: text(frame.querySelector('.subtitle')),
					charts: [...(area?.querySelectorAll('svg[aria-description]') ?? [])].map(
						(svg) => svg.getAttribute('aria-description') ?? ''
					),
					busy: area?.querySelector('[aria-busy=true]') !== null
				});
			}
			requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
	}, root);
}

export const framesOf = (page: Page) =>
	page.evaluate(() => (window as unknown as { __frames: Frame[] }).__frames);

/**
 * The longest time (ms) the chart and its text disagreed: from the first frame of a run of frames
 * that `agree` rejects to the first frame after it (or the last frame recorded).
 */
export function longestDisagreement(frames: Frame[], agree: (f: Frame) => boolean): number {
	let longest = 0;
	let since: number | null = null;
	for (const f of frames) {
		if (!agree(f)) since ??= f.t;
		else if (since !== null) {
			longest = Math.max(longest, f.t - since);
			since = null;
		}
	}
	const last = frames.at(-1);
	if (since !== null && last) longest = Math.max(longest, last.t - since, 1);
	return longest;
}
