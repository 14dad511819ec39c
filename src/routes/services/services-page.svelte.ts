import type { PlotOptions } from '@observablehq/plot';
import { servicesTrend, trendRows } from '$lib/charts/services-trend';
import { unmeasuredNote } from '$lib/charts/services-grid';
import { db } from '$lib/db/client.svelte';
import { useLiveQuery } from '$lib/db/live-query.svelte';
import { serviceDetailQuery, type ServiceAnswerRow } from '$lib/queries/services-detail';
import { servicesGridQuery, type ServiceResultRow } from '$lib/queries/services-grid';
import { servicesSummaryQuery, type ServicesSummaryRow } from '$lib/queries/services-summary';
import {
	gridRequest,
	lifeEventLabel,
	lifeEventName,
	servicesCodec
} from '$lib/state/services-state';
import { useUrlState } from '$lib/state/url-state.svelte';
import { useServiceTables } from './service-tables.svelte';

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
	const grid = useLiveQuery<ServiceResultRow>(() =>
		live ? servicesGridQuery(gridRequest(url.state)) : null
	);
	const summary = useLiveQuery<ServicesSummaryRow>(() =>
		live
			? servicesSummaryQuery({ countries: url.state.country, by: 'life_event', lifeEvent })
			: null
	);
	const selection = $state({ cell: null as { country: string; service: string } | null });
	const detail = useLiveQuery<ServiceAnswerRow>(() => {
		const cell = selection.cell;
		return cell && live
			? serviceDetailQuery({ ...cell, edition: Number(url.state.edition), lifeEvent })
			: null;
	});
	const nameOf = (c: string) => data().countries.find((k) => k.country === c)?.name ?? c;
	const order = (c: string) => url.state.country.indexOf(c);
	const summaryRows = $derived(
		(summary.rows ?? (isDefault ? data().summary : []))
			.filter((r) => String(r.edition) === url.state.edition)
			.sort((a, b) => order(a.country) - order(b.country))
	);
	// Chosen countries the report did not measure (the UK after 2021), named rather than left out;
	// only once the summary answers for the current countries, so a country being added is not listed.
	const settled = $derived(summary.rows ? !summary.pending : isDefault);
	const unmeasured = $derived(
		settled
			? unmeasuredNote(
					url.state.country.filter((c) => !summaryRows.some((r) => r.country === c)).map(nameOf),
					url.state.edition
				)
			: null
	);
	const points = $derived(
		trendRows(summary.rows ?? (isDefault ? data().summary : []), url.state.measure)
	);
	const options = $derived<PlotOptions | null>(
		summary.rows
			? servicesTrend(summary.rows, url.state.measure, lifeEventLabel(url.state.event))
			: null
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
			return grid.rows ?? (isDefault ? data().grid : null);
		},
		get summaryRows() {
			return summaryRows;
		},
		/** What says which chosen countries have no service in this report, if any. */
		get unmeasured() {
			return unmeasured;
		},
		get chosen() {
			return url.state.country.map((c) => ({ country: c, name: nameOf(c) }));
		},
		nameOf,
		get progress() {
			return db.parts.egov_services;
		}
	};
}
