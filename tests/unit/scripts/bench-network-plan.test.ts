import { describe, expect, it } from 'vitest';
import { LINK_VIEWS } from '../../../scripts/bench-network-plan';
import type { Codec } from '$lib/state/codec';
import { analysisCodec } from '$lib/state/analysis-state';
import { exploreCodec } from '$lib/state/explore-state';
import { FIVE, homeCodec } from '$lib/state/home-state';
import { servicesCodec } from '$lib/state/services-state';
import { strategiesCodec } from '$lib/state/strategies-state';

const any = () => true;
const CODECS: Record<string, Codec<object>> = {
	'/': homeCodec({ isCountry: any, isIndicator: any }),
	'/explore': exploreCodec({ isCountry: any, isIndicator: any, hasTarget: any }),
	'/analysis': analysisCodec({ isFeature: any, isIndicator: any }),
	'/strategies': strategiesCodec({ countries: FIVE, isStrategy: any, isFeature: any }),
	'/services': servicesCodec(any)
};

describe('the network bench plan', () => {
	// A default state draws from the build and asks nothing: the engine never starts, and the
	// bench would wait for its ready mark until it timed out (as `strategies/?pick=latest` did).
	it('opens only links whose state is not their view’s default', () => {
		const engineViews = LINK_VIEWS.filter((v) => v.engine);
		expect(engineViews.map((v) => v.view).sort()).toEqual(Object.keys(CODECS).sort());
		for (const { view, links } of engineViews) {
			const codec = CODECS[view] as Codec<object>;
			for (const link of links) {
				const { state, problems } = codec.decode(new URL(link, 'http://site/').searchParams);
				expect(problems, link).toEqual([]);
				expect(codec.encode(state).toString(), link).not.toBe('');
			}
		}
	});
});
