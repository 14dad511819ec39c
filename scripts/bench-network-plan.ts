/**
 * What scripts/bench-network.ts opens: per view, three links that differ from the view's default
 * state, each with the chart frame that must show that link's own chart; and the networks emulated.
 */

export interface LinkView {
	view: string;
	/** The chart frame whose chart the link asks for. */
	root: string;
	/** Paths from the site's root, each a state that is not the view's default. */
	links: string[];
	/** False where the view draws from the build only (no engine starts). */
	engine: boolean;
}

export const LINK_VIEWS: LinkView[] = [
	{
		view: '/',
		root: '[data-testid=home-chart]',
		links: [
			'?indicator=eu_egov.overall&country=DNK~EST~DEU~FIN&view=rank',
			'?country=EST~KOR&view=rank',
			'?indicator=eu_egov.overall&country=EST~LVA~LTU'
		],
		engine: true
	},
	{
		view: '/explore',
		root: '.results figure.frame',
		links: [
			'explore/?indicator=un_egdi.egdi~eu_egov.user_centricity~desi2022.dps&group=eu27&norm=index',
			'explore/?indicator=eu_egov.overall&group=none&country=EST',
			'explore/?indicator=desi2022.services_citizens&ref=eu~target&chart=bar'
		],
		engine: true
	},
	{
		view: '/analysis',
		root: 'figure.frame',
		links: [
			'analysis/?feature=once_only&indicator=eu_egov.overall',
			'analysis/?feature=vertical_collaboration&measure=gap&laws=1',
			'analysis/?feature=eid'
		],
		engine: true
	},
	{
		view: '/strategies',
		root: '#matrix figure.frame',
		// Not `pick=latest`: that is the default, which never starts the engine.
		links: [
			'strategies/?pick=first',
			'strategies/?pick=deu-2014-digital-agenda',
			'strategies/?pick=2018'
		],
		engine: true
	},
	{
		view: '/services',
		root: 'figure.frame:has([data-testid=measure])',
		links: [
			'services/?event=family&measure=portal',
			'services/?event=career&measure=providers',
			'services/?country=GBR~EST&edition=2021'
		],
		engine: true
	},
	{
		// A profile has no state of its own: its links are the other profiles, each built whole.
		view: '/country/EST',
		root: '[data-testid=headline-panel]',
		links: ['country/EST/', 'country/DNK/', 'country/FIN/'],
		engine: false
	}
];

export interface Network {
	name: string;
	/** Chrome DevTools Protocol `Network.emulateNetworkConditions`, or null for none (loopback). */
	conditions: {
		latency: number;
		downloadThroughput: number;
		uploadThroughput: number;
	} | null;
	/** What the issue asks of a cold link's own chart here (ms), or a multiple of the floor. */
	goal: { ms: number } | { floorTimes: number };
}

const bytesPerSecond = (megabits: number) => (megabits * 1e6) / 8;

export const NETWORKS: Network[] = [
	{ name: 'loopback', conditions: null, goal: { floorTimes: 3 } },
	{
		name: 'broadband',
		conditions: {
			latency: 20,
			downloadThroughput: bytesPerSecond(20),
			uploadThroughput: bytesPerSecond(5)
		},
		goal: { ms: 1000 }
	},
	{
		name: 'slow 4G',
		conditions: {
			latency: 150,
			downloadThroughput: bytesPerSecond(1.6),
			uploadThroughput: bytesPerSecond(0.75)
		},
		goal: { ms: 3000 }
	}
];
