import type { PlotOptions } from '@observablehq/plot';
import type { HomeState } from '$lib/state/home-state';
import { lineChart, type SeriesRow } from './line-chart';

const fmt = (view: HomeState['view']) => (v: number) =>
	view === 'rank' ? `${Math.round(v)}` : v.toFixed(2);

/** One sentence with the key numbers, for screen readers and the chart's caption. */
export function describeHome(rows: SeriesRow[], state: HomeState): string {
	const countries = rows.filter((r) => r.role === 'country');
	if (countries.length === 0) return 'No country is selected.';
	const latestYear = Math.max(...countries.map((r) => r.year));
	const latest = countries
		.filter((r) => r.year === latestYear)
		.sort((a, b) => (state.view === 'rank' ? a.value - b.value : b.value - a.value));
	const what =
		state.view === 'rank'
			? 'rank in the UN E-Government Development Index'
			: 'UN E-Government Development Index (0–1)';
	const parts = latest.map(
		(r) => `${r.name} ${state.view === 'rank' ? `${Math.round(r.value)}` : r.value.toFixed(3)}`
	);
	return `${what} by survey edition, ${Math.min(...countries.map((r) => r.year))}–${latestYear}; in ${latestYear}: ${parts.join(', ')}.`;
}

/** The score axis starts at the tenth below the lowest value shown, and ends at the index's maximum. */
const scoreFloor = (rows: SeriesRow[]) =>
	rows.length ? Math.max(0, Math.floor(Math.min(...rows.map((r) => r.value)) * 10) / 10) : 0;

export function homeChart(rows: SeriesRow[], state: HomeState): PlotOptions {
	return lineChart(rows, {
		yLabel: state.view === 'rank' ? 'Rank among UN member states (1 = best)' : 'EGDI (0–1)',
		reverse: state.view === 'rank',
		domain: state.view === 'rank' ? undefined : [scoreFloor(rows), 1],
		xDomain: [2003, 2024],
		format: fmt(state.view),
		description: describeHome(rows, state)
	});
}
