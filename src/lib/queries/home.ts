import { PUBLISHED_RANK } from '$lib/catalog/indicators';
import type { HomeState } from '$lib/state/home-state';
import type { Query } from './query';
import { rankSeriesQuery } from './rank-series';
import { seriesQuery, type SeriesRow } from './series';

/** The home chart's query: the indicator's values, or its ranks (the source's own where published). */
export function homeQuery(state: HomeState, meta: { higher_is_better: boolean }): Query<SeriesRow> {
	const countries = state.country;
	if (state.view === 'score') return seriesQuery({ indicator: state.indicator, countries });
	const published = PUBLISHED_RANK[state.indicator];
	if (published) return seriesQuery({ indicator: published, countries });
	return rankSeriesQuery({
		indicator: state.indicator,
		countries,
		higherIsBetter: meta.higher_is_better
	});
}
