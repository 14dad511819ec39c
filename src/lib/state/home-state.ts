import { createCodec, type Codec } from './codec';
import { catalogId, codeList, oneOf, optionalOneOf } from './params';

export const FIVE = ['BEL', 'DNK', 'EST', 'DEU', 'GBR'];
export const HOME_INDICATOR = 'un_egdi.egdi';

export interface HomeState {
	indicator: string;
	country: string[];
	view: 'score' | 'rank';
	/** `strategies` marks each country's strategy launches and laws on its line. */
	marks?: 'strategies';
}

export interface HomeCatalog {
	isCountry: (code: string) => boolean;
	isIndicator: (id: string) => boolean;
}

/** The home page's URL grammar: `indicator=eu_egov.overall&country=BEL~DNK&view=rank`. */
export function homeCodec({ isCountry, isIndicator }: HomeCatalog): Codec<HomeState> {
	return createCodec<HomeState>({
		indicator: catalogId('indicator', isIndicator, HOME_INDICATOR),
		country: codeList('country', isCountry, FIVE),
		view: oneOf('view', ['score', 'rank'] as const, 'score'),
		marks: optionalOneOf('marks', ['strategies'] as const)
	});
}
