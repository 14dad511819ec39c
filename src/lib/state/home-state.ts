import { createCodec, type Codec } from './codec';
import { codeList, oneOf } from './params';

export const FIVE = ['BEL', 'DNK', 'EST', 'DEU', 'GBR'];

export interface HomeState {
	country: string[];
	view: 'score' | 'rank';
}

/** The home page's URL grammar: `country=BEL~DNK&view=rank`. */
export function homeCodec(isCountry: (code: string) => boolean): Codec<HomeState> {
	return createCodec<HomeState>({
		country: codeList('country', isCountry, FIVE),
		view: oneOf('view', ['score', 'rank'] as const, 'score')
	});
}
