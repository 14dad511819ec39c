import type { ExploreRequest } from '$lib/queries/explore';
import type { ExploreState } from '$lib/state/explore-state';

/**
 * What the explorer asks the database for: every country and year of the chosen indicators, so
 * that changing countries, years, normalisation or chart is a reshape (`pick`, then the verbs)
 * and only a change of indicators runs a new query.
 */
export const exploreRequest = (state: Pick<ExploreState, 'indicator'>): ExploreRequest => ({
	indicators: state.indicator,
	countries: [],
	from: null,
	to: null,
	everyone: true
});
