import type { Attachment } from 'svelte/attachments';
import { isStep, stepPoint, type ChartPoint } from '$lib/charts/chart-points';

type Scale = { apply: (v: unknown) => number };
type PlotSvg = SVGSVGElement & { scale?: (name: string) => Scale | undefined };

/**
 * The keyboard's way to a chart's values: with `box` (a button in the chart) focused, arrows move between its points
 * (see stepPoint) and each move is sent to Plot's pointer as if a mouse were there, so the same
 * line is highlighted and the same tip shown; `say` gets the point's text for a live region.
 * Escape and leaving the chart clear it.
 */
export function chartKeys(
	points: readonly ChartPoint[] | null,
	say: (text: string) => void
): Attachment<HTMLElement> {
	return (box) => {
		if (!points?.length) return;
		let at: ChartPoint | null = null;
		const svg = () => box.closest('.chart')?.querySelector<PlotSvg>('.live > svg');
		const project = (p: ChartPoint): [number, number] => {
			const s = svg();
			return [s?.scale?.('x')?.apply(p.x) ?? 0, s?.scale?.('y')?.apply(p.y) ?? 0];
		};
		const point = (type: string, p: ChartPoint | null) => {
			const s = svg();
			const m = s?.getScreenCTM();
			if (!s || !m) return;
			const [x, y] = p ? project(p) : [0, 0];
			const client = new DOMPoint(x, y).matrixTransform(m);
			s.dispatchEvent(
				new PointerEvent(type, { clientX: client.x, clientY: client.y, pointerType: 'mouse' })
			);
		};
		const clear = () => {
			at = null;
			point('pointerleave', null);
			say('');
		};
		const onKeydown = (event: KeyboardEvent) => {
			if (event.altKey || event.ctrlKey || event.metaKey) return;
			if (event.key === 'Escape') return clear();
			if (!isStep(event.key)) return;
			event.preventDefault();
			at = stepPoint(points, at, event.key, project);
			if (!at) return;
			point('pointermove', at);
			say(at.text);
		};
		const onFocusOut = (event: FocusEvent) => {
			if (at && !box.contains(event.relatedTarget as Node | null)) clear();
		};
		box.addEventListener('keydown', onKeydown);
		box.addEventListener('focusout', onFocusOut);
		return () => {
			box.removeEventListener('keydown', onKeydown);
			box.removeEventListener('focusout', onFocusOut);
		};
	};
}
