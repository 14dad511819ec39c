/**
 * What scripts/bench-views.ts measures: each view, how to know it is warm, and the controls flipped
 * on it, with the selectors of tests/e2e and what marks each change as done.
 */
import type { Page } from 'playwright-core';
import type { Action, Control, Step, Watch } from './bench-views-page.ts';

const pick = (selector: string, value: string): Action => ({ selector, value });
const click = (selector: string): Action => ({ selector });
const chart: Watch = { kind: 'chart' };
const grid: Watch = { kind: 'grid' };
/** Two steps that flip a control between two states, watching the chart. */
const flip = (a: Action, b: Action, watch: Watch = chart): Step[] => [
	{ action: a, watch },
	{ action: b, watch }
];
const LIVE = '.chart[data-live=true] svg';
const SQL =
	"SELECT year, country, value FROM observations WHERE indicator_id = 'un_egdi.egdi' AND country IN ('EST', 'DNK') ORDER BY year";

export interface View {
	path: string;
	/** Where the controls are measured, if not `path`. */
	controlPath?: string;
	/** The element observed for changes. */
	scope?: string;
	/** Waits until the page is warm: engine started, live chart drawn (or its equivalent). */
	ready?: (page: Page) => Promise<void>;
	controls: Control[];
}

const wait = (page: Page, selector: string, timeout = 60_000) =>
	page.waitForSelector(selector, { timeout, state: 'attached' }).then(() => undefined);

const profile = (code: string, name: string): Step => ({
	action: pick('[data-testid=country-jump]', code),
	watch: {
		kind: 'text',
		all: [
			{ selector: 'h1', includes: name },
			{ selector: '[data-testid=headline-panel] svg', attr: 'aria-description', includes: name }
		]
	}
});
const evidence = (cell: string, heading: string): Step => ({
	action: click(`[data-key="${cell}"]`),
	watch: { kind: 'text', all: [{ selector: '[data-testid=evidence] h3', includes: heading }] }
});

/** /analysis: the test whose line (`effect-rho`, `effect-spread`) shows only once it has run. */
const tested = (line: string): Watch => ({
	kind: 'text',
	all: [
		{
			selector: `[data-testid=event-effect][data-tested=true] [data-testid=${line}]`,
			includes: 'p'
		}
	]
});

/** Every view, and the controls measured on it. */
export const VIEWS: View[] = [
	{
		path: '',
		ready: (p) => wait(p, LIVE),
		controls: [
			{
				name: 'country (add France / remove it)',
				goal: 50,
				steps: flip(pick('[data-testid=add-country]', 'FRA'), click('[aria-label="Remove France"]'))
			},
			{
				name: 'score / rank view',
				goal: 50,
				steps: flip(click('input[value=rank]'), click('input[value=score]'))
			},
			{
				name: 'indicator (EGDI / EU Overall score)',
				goal: 50,
				steps: flip(
					pick('[data-testid=indicator]', 'eu_egov.overall'),
					pick('[data-testid=indicator]', 'un_egdi.egdi')
				)
			}
		]
	},
	{
		path: 'explore/',
		ready: (p) => wait(p, LIVE),
		controls: [
			{
				name: 'chart type (bar / line)',
				goal: 50,
				steps: flip(click('[data-testid=chart-bar]'), click('[data-testid=chart-line]'))
			},
			{
				name: 'normalisation (rank / raw)',
				goal: 50,
				steps: flip(click('[data-testid=norm-rank]'), click('[data-testid=norm-raw]'))
			},
			{
				name: 'country group (EU27 / the five)',
				goal: 50,
				steps: flip(click('[data-testid=group-eu27]'), click('[data-testid=group-five]'))
			},
			{
				name: 'indicator (add / remove a second panel)',
				goal: 50,
				steps: flip(
					click('[data-testid=indicator-option][value="eu_egov.overall"]'),
					click('[data-testid=indicator-option][value="eu_egov.overall"]')
				)
			}
		]
	},
	{
		path: 'strategies/',
		scope: '#matrix',
		// Hydrated once the marks carry their pressed state; the first change starts the engine.
		ready: (p) => wait(p, '[data-key][aria-pressed]'),
		controls: [
			{
				name: 'matrix mode (first / latest coded strategy)',
				goal: 50,
				steps: flip(
					pick('[data-testid=strategy-choice]', 'first'),
					pick('[data-testid=strategy-choice]', 'latest')
				)
			},
			{
				name: 'matrix cell → evidence panel',
				goal: 50,
				steps: [
					evidence('DEU.once_only', 'Once-only principle: Germany'),
					evidence('EST.once_only', 'Once-only principle: Estonia')
				]
			}
		]
	},
	{
		path: 'country/EST/',
		// No engine here: every chart is prerendered; the picker loads another profile.
		ready: (p) => wait(p, '[data-testid=country-jump][data-ready=true]'),
		controls: [
			{
				name: 'profile picker (client-side navigation)',
				goal: 50,
				steps: [profile('DEU', 'Germany'), profile('EST', 'Estonia')]
			}
		]
	},
	{
		path: 'analysis/',
		ready: (p) => wait(p, LIVE),
		controls: [
			{
				name: 'feature',
				goal: 50,
				steps: flip(
					pick('[data-testid=feature]', 'once_only'),
					pick('[data-testid=feature]', 'coordination_model')
				)
			},
			{
				// The chart comes first and the permutation tests after it (issue 22): this row times
				// the same change until the tests' result is on the page.
				name: 'feature, until its tests are shown',
				goal: 100,
				steps: [
					{ action: pick('[data-testid=feature]', 'once_only'), watch: tested('effect-rho') },
					{
						action: pick('[data-testid=feature]', 'coordination_model'),
						watch: tested('effect-spread')
					}
				]
			},
			{
				name: 'indicator',
				goal: 50,
				steps: flip(
					pick('[data-testid=indicator]', 'eu_egov.overall'),
					pick('[data-testid=indicator]', 'un_egdi.egdi')
				)
			}
		]
	},
	{
		path: 'services/',
		ready: async (p) => {
			await wait(p, '[data-testid=service-grid][data-live=true][data-pending=false]');
			await wait(p, LIVE);
		},
		controls: [
			{
				name: 'government level filter (local / all)',
				goal: 100,
				steps: flip(pick('[data-testid=level]', 'local'), pick('[data-testid=level]', 'all'), grid)
			},
			{
				name: 'service type filter (transactional / all)',
				goal: 100,
				steps: flip(
					pick('[data-testid=type]', 'transactional'),
					pick('[data-testid=type]', 'all'),
					grid
				)
			},
			{
				name: 'life event (family / business start-up)',
				goal: 100,
				steps: flip(
					pick('[data-testid=life-event]', 'family'),
					pick('[data-testid=life-event]', 'business-start-up'),
					grid
				)
			},
			{
				name: 'trend measure (providers / proactive), chart',
				goal: 50,
				steps: flip(
					pick('[data-testid=measure]', 'providers'),
					pick('[data-testid=measure]', 'proactive')
				)
			}
		]
	},
	{
		path: 'sql/',
		controlPath: `sql/?q=${encodeURIComponent(SQL)}`,
		ready: async (p) => {
			await wait(p, '[data-testid=sql-page][data-ready=true]');
			await wait(p, '[data-testid=result-summary]');
			await p.click('[data-testid=show-chart]', { timeout: 30_000 });
			await wait(p, LIVE);
		},
		controls: [
			{
				name: 'quick chart mark (dot / line), after a query',
				goal: 50,
				steps: flip(
					pick('[data-testid=chart-mark]', 'dot'),
					pick('[data-testid=chart-mark]', 'line')
				)
			}
		]
	}
];
