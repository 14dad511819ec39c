/**
 * In-page measurement for scripts/bench-views.ts: a control change timed from the click to the DOM
 * mutation that shows its result (the views and controls are in scripts/bench-views-plan.ts). The
 * page-side code is kept in strings so that the TypeScript loader's helpers are not injected.
 */
import type { Page } from 'playwright-core';

/** What to do: click `selector`, or set the select `selector` to `value` and fire `change`. */
export interface Action {
	selector: string;
	value?: string;
}

/** When the change has landed: every drawn chart in the scope redrawn, the services grid
 * re-rendered from a new live answer, or each element's text (or attribute) holding a string. */
export type Watch =
	| { kind: 'chart' }
	| { kind: 'grid' }
	| { kind: 'text'; all: { selector: string; attr?: string; includes: string }[] };

export interface Step {
	action: Action;
	watch: Watch;
}

export interface Control {
	name: string;
	/** Goal for the p95 in ms. */
	goal: number;
	/** Applied in turn, round and round; the last step must restore the state before the first. */
	steps: Step[];
}

/**
 * Runs in the page: applies the action and resolves with the ms from just before it to the
 * mutation that completes the watch, and the number of redraws before it that left the chart as it
 * was; rejects (naming the control) if an element is missing or the update did not come in time.
 */
const CHANGE = `(spec) => new Promise((resolve, reject) => {
	const name = spec.label + ' (' + spec.action.selector + ')';
	const scope = document.querySelector(spec.scope);
	const control = document.querySelector(spec.action.selector);
	if (!scope) return reject(new Error(name + ': no element matches the scope ' + spec.scope));
	if (!control) return reject(new Error(name + ': no element matches the control'));
	const watch = spec.watch;
	const lives = () => [...scope.querySelectorAll('.chart .live')];
	const initial = new Set(lives());
	const shown = new Set(lives().filter((l) => l.childElementCount > 0));
	const drawn = new Set();
	const grid = () => scope.querySelector('[data-testid=service-grid]');
	const signature = () =>
		watch.kind === 'grid'
			? (grid()?.outerHTML ?? '')
			: lives().map((l) => [
					l.textContent,
					l.querySelectorAll('*').length,
					[...l.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label')).join()
				].join('|')).join('\\n');
	const before = watch.kind === 'text' ? '' : signature();
	const complete = () => {
		if (watch.kind === 'chart') {
			const need = lives().filter((l) => shown.has(l) || !initial.has(l));
			if (drawn.size === 0 || !need.every((l) => drawn.has(l))) return false;
			// A redraw that shows the same chart (e.g. the old rows again) does not count.
			if (signature() !== before) return true;
			stale++;
			drawn.clear();
			return false;
		}
		if (watch.kind === 'grid') {
			const g = grid();
			return !!g && g.dataset.live === 'true' && g.dataset.pending === 'false' &&
				g.outerHTML !== before;
		}
		return watch.all.every((t) => {
			const el = document.querySelector(t.selector);
			const v = el && (t.attr ? el.getAttribute(t.attr) : el.textContent);
			return typeof v === 'string' && v.includes(t.includes);
		});
	};
	let start = 0;
	let stale = 0;
	const observer = new MutationObserver((records) => {
		const end = performance.now();
		for (const r of records)
			if (r.type === 'childList' && r.addedNodes.length && r.target.matches?.('.live'))
				drawn.add(r.target);
		if (!complete()) return;
		observer.disconnect();
		clearTimeout(timer);
		resolve({ ms: end - start, stale });
	});
	const timer = setTimeout(() => {
		observer.disconnect();
		const why = stale ? ' (redrawn ' + stale + ' times, unchanged)' : '';
		reject(new Error(name + ': no ' + watch.kind + ' update within ' + spec.timeout + ' ms' + why));
	}, spec.timeout);
	observer.observe(scope, { childList: true, subtree: true, attributes: true, characterData: true });
	start = performance.now();
	if (spec.action.value !== undefined) {
		control.value = spec.action.value;
		if (control.value !== spec.action.value) {
			observer.disconnect();
			clearTimeout(timer);
			return reject(new Error(name + ': no option ' + spec.action.value));
		}
		control.dispatchEvent(new Event('change', { bubbles: true }));
	} else if (typeof control.click === 'function') control.click();
	else control.dispatchEvent(new MouseEvent('click', { bubbles: true }));
})`;

/** Runs in the page: resolves once the scope has had no mutation for 60 ms (at most 3 s). */
const SETTLE = `(scope) => new Promise((resolve) => {
	const root = document.querySelector(scope) ?? document.body;
	let quiet = 0;
	const done = () => { observer.disconnect(); clearTimeout(quiet); clearTimeout(cap); resolve(); };
	const observer = new MutationObserver(() => {
		clearTimeout(quiet);
		quiet = setTimeout(done, 60);
	});
	observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
	quiet = setTimeout(done, 60);
	const cap = setTimeout(done, 3000);
})`;

/** One timed change; `label` names the control in errors. */
export interface Timed {
	ms: number;
	/** Redraws before the one that showed the change, which left the chart as it was. */
	stale: number;
}

export async function change(
	page: Page,
	label: string,
	step: Step,
	{ scope = 'main', timeout = 10_000 } = {}
): Promise<Timed> {
	const spec = JSON.stringify({ label, scope, timeout, ...step });
	const timed = (await page.evaluate(`(${CHANGE})(${spec})`)) as Timed;
	await page.evaluate(`(${SETTLE})(${JSON.stringify(scope)})`);
	return timed;
}

/**
 * Applies each step once untimed (generous timeout: the first may start the engine), then
 * `count` timed steps, round and round; `count` is rounded up to whole rounds, so the page ends
 * in the state it started in.
 */
export async function measureControl(
	page: Page,
	control: Control,
	count: number,
	scope = 'main'
): Promise<Timed[]> {
	const { steps } = control;
	for (const step of steps) await change(page, control.name, step, { scope, timeout: 60_000 });
	const rounds = Math.ceil(count / steps.length);
	const out: Timed[] = [];
	for (let i = 0; i < rounds * steps.length; i++)
		out.push(await change(page, control.name, steps[i % steps.length] as Step, { scope }));
	return out;
}

/** The first chart in the raw HTML, inside its `.chart` figure, before any script in the body
 * (the loader in the head only waits for the first paint; see src/lib/server/paint-first.ts). */
export function chartInHtml(html: string): boolean {
	const m =
		/class="chart[^"]*"[^>]*>(?:<!--[^>]*-->)*<div class="prerendered[^"]*">(?:<!--[^>]*-->)*<svg/.exec(
			html
		);
	const script = html.indexOf('<script', html.indexOf('<body'));
	return !!m && (script < 0 || m.index < script);
}
