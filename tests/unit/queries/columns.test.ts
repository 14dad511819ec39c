import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBValue } from '@duckdb/node-api';
import { analysisCodesQuery } from '$lib/queries/analysis-codes';
import { analysisFeaturesQuery } from '$lib/queries/analysis-features';
import { analysisSeriesQuery } from '$lib/queries/analysis-series';
import { indicatorCatalogQuery } from '$lib/queries/catalog';
import { countriesWithDataQuery } from '$lib/queries/countries';
import { countryCodingQuery } from '$lib/queries/country-coding';
import { countryInfoQuery } from '$lib/queries/country-info';
import { countryListQuery } from '$lib/queries/country-list';
import { countryProfileQuery } from '$lib/queries/country-profile';
import { countryStrategiesQuery } from '$lib/queries/country-strategies';
import { strategyPathsQuery } from '$lib/queries/event-paths';
import { exploreQuery } from '$lib/queries/explore';
import { exploreCountriesQuery } from '$lib/queries/explore-countries';
import { exploreTargetsQuery } from '$lib/queries/explore-targets';
import { exploreYearsQuery } from '$lib/queries/explore-years';
import { homeQuery } from '$lib/queries/home';
import { overviewQuery } from '$lib/queries/overview';
import type { Sql } from '$lib/queries/query';
import { rankSeriesQuery } from '$lib/queries/rank-series';
import { seriesQuery } from '$lib/queries/series';
import { serviceDetailQuery } from '$lib/queries/services-detail';
import { serviceCountriesQuery, servicesGridQuery } from '$lib/queries/services-grid';
import { codedCountriesQuery, latestCodesQuery } from '$lib/queries/services-strategies';
import { servicesSummaryQuery } from '$lib/queries/services-summary';
import { indicatorsQuery, sourcesQuery } from '$lib/queries/sources';
import {
	agreementQuery,
	codebookLevelsQuery,
	codebookQuery,
	strategiesQuery,
	strategyMarksQuery
} from '$lib/queries/strategies';
import { strategyMatrixQuery } from '$lib/queries/strategy-matrix';
import { openNodeDb, type NodeDb } from '$lib/server/node-db';

let db: NodeDb;
beforeAll(async () => (db = await openNodeDb('static/data')));
afterAll(() => db.connection.closeSync());

const FIVE = ['BEL', 'DNK', 'EST', 'DEU', 'GBR'];
const UP = { higher_is_better: true };
const EVENT = { feature: 'once_only', indicator: 'eu_egov.overall', before: 3, after: 3 };
const SERVICE = { edition: 2024, lifeEvent: 'Family' };

/** Every query builder in src/lib/queries, with arguments that reach each of its SQL shapes. */
const BUILDERS: [string, Sql & { columns: readonly string[] }][] = [
	['analysisCodes', analysisCodesQuery('once_only')],
	['analysisFeatures', analysisFeaturesQuery()],
	['analysisSeries', analysisSeriesQuery('eu_egov.overall')],
	['analysisSeries rank', analysisSeriesQuery('eu_egov.overall', 'rank')],
	['analysisSeries gap', analysisSeriesQuery('eu_egov.overall', 'gap')],
	['indicatorCatalog', indicatorCatalogQuery()],
	['countriesWithData', countriesWithDataQuery('un_egdi.egdi')],
	['countriesWithData, any', countriesWithDataQuery(null)],
	['countryCoding', countryCodingQuery('EST')],
	['countryInfo', countryInfoQuery('EST')],
	['countryList', countryListQuery()],
	['countryProfile', countryProfileQuery('EST')],
	['countryStrategies', countryStrategiesQuery('EST')],
	['strategyPaths', strategyPathsQuery({ ...EVENT, measure: 'score', laws: false })],
	['strategyPaths rank, laws', strategyPathsQuery({ ...EVENT, measure: 'rank', laws: true })],
	['strategyPaths gap', strategyPathsQuery({ ...EVENT, measure: 'gap', laws: false })],
	[
		'explore',
		exploreQuery({
			indicators: ['un_egdi.egdi'],
			countries: 'all',
			from: null,
			to: null,
			everyone: true
		})
	],
	[
		'explore, chosen',
		exploreQuery({ indicators: [], countries: ['EST'], from: 2010, to: 2020, everyone: false })
	],
	['exploreCountries', exploreCountriesQuery()],
	['exploreTargets', exploreTargetsQuery()],
	['exploreTargets, some', exploreTargetsQuery(['desi2022.dps'])],
	['exploreYears', exploreYearsQuery()],
	['home score', homeQuery({ indicator: 'eu_egov.overall', country: FIVE, view: 'score' }, UP)],
	['home published rank', homeQuery({ indicator: 'un_egdi.egdi', country: [], view: 'rank' }, UP)],
	['overview', overviewQuery({ indicators: ['un_egdi.egdi'], countries: FIVE, targetYear: 2030 })],
	[
		'rankSeries',
		rankSeriesQuery({ indicator: 'eu_egov.overall', countries: FIVE, higherIsBetter: false })
	],
	['series', seriesQuery({ indicator: 'un_egdi.egdi', countries: [] })],
	['serviceDetail', serviceDetailQuery({ ...SERVICE, country: 'EST', service: '1 x' })],
	['serviceCountries', serviceCountriesQuery()],
	['servicesGrid', servicesGridQuery({ ...SERVICE, countries: FIVE, level: 'all', type: 'all' })],
	[
		'servicesGrid, filtered',
		servicesGridQuery({ ...SERVICE, countries: ['EST'], level: 'local', type: 'transactional' })
	],
	['codedCountries', codedCountriesQuery()],
	['latestCodes', latestCodesQuery()],
	['servicesSummary by event', servicesSummaryQuery({ countries: FIVE, by: 'life_event' })],
	[
		'servicesSummary by country',
		servicesSummaryQuery({ countries: FIVE, by: 'country', lifeEvent: 'Family' })
	],
	['sources', sourcesQuery()],
	['indicators', indicatorsQuery()],
	['strategies', strategiesQuery()],
	['strategyMarks', strategyMarksQuery(FIVE)],
	['codebook', codebookQuery()],
	['codebookLevels', codebookLevelsQuery()],
	['agreement', agreementQuery()],
	['strategyMatrix first', strategyMatrixQuery({ countries: FIVE, pick: { by: 'first' } })],
	[
		'strategyMatrix year',
		strategyMatrixQuery({ countries: FIVE, pick: { by: 'year', year: 2015 } })
	]
];

describe('every query builder declares the columns DuckDB returns', () => {
	it.each(BUILDERS)('%s', async (_, q) => {
		const reader = await db.connection.runAndReadAll(q.sql, q.params as DuckDBValue[]);
		expect(reader.columnNames()).toEqual([...q.columns]);
	});
});
