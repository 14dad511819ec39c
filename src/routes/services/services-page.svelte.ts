import type { PlotOptions } from '@observablehq/plot';
import { loadPlot } from '$lib/charts/plot-loader';
import { servicesTrend, trendRows } from '$lib/charts/services-trend';
import { unmeasuredNote } from '$lib/charts/services-grid';
import { db } from '$lib/db/client.svelte';
import { useLiveQuery } from '$lib/db/live-query.svelte';
import { pageLocale } from '$lib/i18n/current';
import { useStateQuery } from '$lib/db/state-query.svelte';
import { serviceDetailQuery, type ServiceAnswerRow } from '$lib/queries/services-detail';
import { servicesGridQuery, type ServiceResultRow } from '$lib/queries/services-grid';
import { servicesSummaryQuery, type ServicesSummaryRow } from '$lib/queries/services-summary';
import {
	gridRequest,
	lifeEventLabel,
	lifeEventName,
	servicesCodec,
	type ServicesState
} from '$lib/state/services-state';
import { useUrlState } from '$lib/state/url-state.svelte';
import { gridEarly, summaryEarly } from '$lib/results/services-early';
import { useServiceTables } from './service-tables.svelte';

type GridPart = Pick<ServicesState, 'country' | 'event' | 'edition' | 'level' | 'type'>;
type SummaryPart = Pick<ServicesState, 'country' | 'event'>;
const gridPart = (s: ServicesState): GridPart => ({
	country: [...s.country],
	event: s.event,
	edition: s.edition,
	level: s.level,
	type: s.type
});

export interface ServicesPageData {
	available: boolean;
	countries: { country: string; name: string }[];
	grid: ServiceResultRow[];
	summary: ServicesSummaryRow[];
}

/**
 * The /services page's state and data: URL state, the tables loaded on demand for the chosen
 * countries, and the live queries; the prerendered rows stand in while the view is the default.
 */
export function useServicesPage(data: () => ServicesPageData) {
	const codec = () => servicesCodec((c) => data().countries.some((k) => k.country === c));
	const url = useUrlState(codec);
	const tables = useServiceTables(
		() => url.state.country,
		() => url.ready && data().available
	);
	const live = $derived(url.ready && tables.ready);
	const isDefault = $derived(codec().encode($state.snapshot(url.state)).toString() === '');
	const lifeEvent = $derived(lifeEventName(url.state.event));
	const defaults = codec().defaults;
	// Each answer comes with the state it answers: the grid and the trend are described by that.
	// Until the engine has the chosen countries' services, the result files built with the site
	// answer (a link's own grid, not the default's); the engine answers again once it can.
	const gridState = $derived(url.ready ? gridPart(url.state) : null);
	const grid = useStateQuery<GridPart, ServiceResultRow>(
		() => gridState,
		(s) => servicesGridQuery(gridRequest({ ...defaults, ...s })),
		{ early: (s) => gridEarly({ ...defaults, ...s }), ready: () => live }
	);
	const summaryState = $derived(
		url.ready ? { country: [...url.state.country], event: url.state.event } : null
	);
	const summary = useStateQuery<SummaryPart, ServicesSummaryRow>(
		() => summaryState,
		(s) =>
			servicesSummaryQuery({
				countries: s.country,
				by: 'life_event',
				lifeEvent: lifeEventName(s.event)
			}),
		{ early: summaryEarly, ready: () => live }
	);
	const gridShown = $derived(grid.answer?.state ?? (isDefault ? gridPart(defaults) : null));
	const selection = $state({ cell: null as { country: string; service: string } | null });
	const detail = useLiveQuery<ServiceAnswerRow>(() => {
		const cell = selection.cell;
		return cell && live
			? serviceDetailQuery({ ...cell, edition: Number(url.state.edition), lifeEvent })
			: null;
	});
	const nameOf = (c: string) => data().countries.find((k) => k.country === c)?.name ?? c;
	const order = (c: string) => url.state.country.indexOf(c);
	const summaryData = $derived(summary.answer?.rows ?? (isDefault ? data().summary : []));
	const summaryRows = $derived(
		summaryData
			.filter((r) => String(r.edition) === url.state.edition)
			.sort((a, b) => order(a.country) - order(b.country))
	);
	// Chosen countries the report did not measure (the UK after 2021), named rather than left out;
	// only once the summary answers for the current countries, so a country being added is not listed.
	const settled = $derived(summary.answer ? !summary.pending : isDefault);
	const unmeasured = $derived(
		settled
			? unmeasuredNote(
					url.state.country.filter((c) => !summaryRows.some((r) => r.country === c)).map(nameOf),
					url.state.edition,
					pageLocale()
				)
			: null
	);
	// The trend drawn: the prerendered default until the engine answers (and Plot, which draws it,
	// has loaded, so that the chart and its title change in one frame); a measure redraws at once.
	let plotReady = $state(false);
	$effect(() => void loadPlot().then(() => (plotReady = true)));
	const trendAnswer = $derived(plotReady ? summary.answer : null);
	const trendShown = $derived(
		trendAnswer
			? { event: trendAnswer.state.event, measure: url.state.measure }
			: { event: defaults.event, measure: defaults.measure }
	);
	const points = $derived(trendRows(trendAnswer?.rows ?? data().summary, trendShown.measure));
	const options = $derived<PlotOptions | null>(
		trendAnswer
			? servicesTrend(
					trendAnswer.rows,
					trendShown.measure,
					lifeEventLabel(trendShown.event, pageLocale()),
					pageLocale()
				)
			: null
	);
	const trendPending = $derived(
		url.ready &&
			(trendShown.event !== url.state.event ||
				trendShown.measure !== url.state.measure ||
				(trendAnswer?.state.country ?? defaults.country).join() !== url.state.country.join())
	);
	const gridPending = $derived(
		!!gridShown && url.ready && JSON.stringify(gridShown) !== JSON.stringify(gridPart(url.state))
	);
	return {
		url,
		tables,
		grid,
		detail,
		selection,
		get options() {
			return options;
		},
		/** The trend chart's numbers, for its table view. */
		get points() {
			return points;
		},
		get isDefault() {
			return isDefault;
		},
		get gridRows() {
			return grid.answer?.rows ?? (isDefault ? data().grid : null);
		},
		/** The state the grid shown answers (null while there is none), and whether a newer one is asked. */
		get gridShown() {
			return gridShown;
		},
		get gridPending() {
			return gridPending;
		},
		/** The life event and measure the trend drawn shows, and whether a newer one is asked. */
		get trendShown() {
			return trendShown;
		},
		get trendPending() {
			return trendPending;
		},
		/** The life event the summary table shows. */
		get summaryEvent() {
			return summary.answer?.state.event ?? url.state.event;
		},
		get summaryRows() {
			return summaryRows;
		},
		/** What says which chosen countries have no service in this report, if any. */
		get unmeasured() {
			return unmeasured;
		},
		/** The countries of the grid shown, as its columns. */
		get chosen() {
			return (gridShown?.country ?? url.state.country).map((c) => ({
				country: c,
				name: nameOf(c)
			}));
		},
		nameOf,
		get progress() {
			return db.parts.egov_services;
		}
	};
}
