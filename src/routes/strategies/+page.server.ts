import { loadLocale } from '$lib/server/load-locale';
import { orderFeatures, type FeatureRow, type LevelRow } from '$lib/charts/strategy-codes';
import { strategyMatrix, type MatrixRow } from '$lib/charts/strategy-matrix';
import {
	strategyTimeline,
	timelineCountries,
	type StrategyRow
} from '$lib/charts/strategy-timeline';
import type { AgreementRow } from '$lib/data/agreement';
import { sameInEveryLanguage } from '$lib/i18n/same-in-every-language';
import {
	agreementQuery,
	codebookLevelsQuery,
	codebookQuery,
	strategiesQuery
} from '$lib/queries/strategies';
import { strategyMatrixQuery } from '$lib/queries/strategy-matrix';
import { withNodeDb } from '$lib/server/prerender';
import { renderSvg } from '$lib/server/render-svg';
import { FIVE } from '$lib/state/home-state';
import { DEFAULT_CHOICE, describeChoice } from '$lib/state/strategies-state';
import type { PageServerLoadEvent } from './$types';

/** The rows, queried once at build time for the six languages. */
const rowsOf = sameInEveryLanguage((_: PageServerLoadEvent) =>
	withNodeDb(async (db) => {
		const present = new Date().getFullYear();
		const features = orderFeatures((await db.query(codebookQuery())) as unknown as FeatureRow[]);
		const levels = (await db.query(codebookLevelsQuery())) as unknown as LevelRow[];
		const agreement = (await db.query(agreementQuery())) as unknown as AgreementRow[];
		const strategies = (await db.query(strategiesQuery())) as unknown as StrategyRow[];
		const pick = DEFAULT_CHOICE;
		const matrix = (await db.query(
			strategyMatrixQuery({ countries: FIVE, pick })
		)) as unknown as MatrixRow[];
		const timeline = timelineCountries(strategies, FIVE);
		const countries = FIVE.map(
			(c) => timeline.find((t) => t.country === c) ?? { country: c, name: c }
		);
		return { present, features, levels, agreement, strategies, countries, matrix, timeline };
	})
);

/** The default matrix and the timeline, drawn at build time in the page's language. */
export async function load(event: PageServerLoadEvent) {
	const { timeline, ...rows } = await rowsOf(event);
	const { present, features, strategies, countries, matrix } = rows;
	const locale = loadLocale(event);
	const choice = describeChoice(DEFAULT_CHOICE, undefined, locale);
	return {
		...rows,
		matrixSvg: renderSvg(strategyMatrix(matrix, { countries, features, choice, locale })),
		timelineSvg: renderSvg(strategyTimeline(strategies, { countries: timeline, present, locale }))
	};
}
