import type { ExploreRequest } from '$lib/queries/explore';
import type { ExploreState, Norm } from '$lib/state/explore-state';
import { chosenCountries, type CountryOption } from './country-groups';
import { needsEveryone } from './normalise';

/** What to ask the database for this state, in this normalisation. */
export function exploreRequest(
	state: ExploreState,
	norm: Norm,
	options: readonly CountryOption[]
): ExploreRequest {
	return {
		indicators: state.indicator,
		countries: chosenCountries(state, options),
		from: state.time.from,
		to: state.time.to,
		everyone: needsEveryone(norm)
	};
}
