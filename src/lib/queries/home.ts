import type { HomeState } from '$lib/state/home-state';
import type { Query } from './query';
import { seriesQuery } from './series';

export const HOME_INDICATOR = 'un_egdi.egdi';
export const HOME_RANK_INDICATOR = 'un_egdi.rank';

export function homeQuery(state: HomeState): Query {
	return seriesQuery({
		indicator: state.view === 'rank' ? HOME_RANK_INDICATOR : HOME_INDICATOR,
		countries: state.country
	});
}
