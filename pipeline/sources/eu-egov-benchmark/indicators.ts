import type { Row } from '../../lib/parquet-writer.ts';
import { SCORING_ROWS, type ScoringRow } from './scoring-rows.ts';

export const SOURCE_ID = 'eu_egov';
const FAMILY = 'EU eGovernment Benchmark';
/** First data year under the 2020 method (Method Paper 2020–2023). */
export const NEW_METHOD_FROM = 2020;

const METHOD =
	'The method changed in 2020 (Method Paper 2020–2023): new service samples in every life event, and Transparency of public organisations replaced by Transparency of service design; the EC states that comparison with biennial averages before 2020 is not feasible. The first value under the new method is flagged "break". A 2024 method update may break comparison again in later reports.';
const UK =
	'The United Kingdom appears only up to 2020 (2021 report): it left EU sources after 2020.';
const NEWEST =
	"Where several workbooks publish a value the newest report's is used; differences are listed in the pipeline report (the 2021 workbook's EU27 averages for 2016–2020 differ from later ones).";
const BIENNIAL =
	'Each value averages two data years that measure different life events (odd and even years alternate), and its year is the later of the two: the value for 2023 averages 2022 and 2023 and was published in the 2024 report (each report carries the year after its data). The break flag sits on 2019+2020, which mixes 2019 data under the old method with 2020 data under the new. Moldova and Ukraine were first measured in 2023: their 2022+2023 value is the 2023 value alone.';
const YEARLY =
	'A single year covers only the life events measured that year (odd and even years alternate between two sets): compare a year with the one two years earlier, not with the year before. The break flag sits on 2020 and on 2021, the first year of each set under the new method (2019 → 2021 crosses it as 2018 → 2020 does).';

export type Series = 'biennial' | 'yearly';
const PREFIX: Record<Series, string> = { biennial: 'eu_egov', yearly: 'eu_egov_yearly' };
export const indicatorId = (series: Series, id: string) => `${PREFIX[series]}.${id}`;

function indicator(series: Series, r: ScoringRow): Row {
	const label = r.labels[0]!.replace(/^[\d.x]+\.? /, '');
	const nice = r.id === 'overall' ? 'Overall score' : label;
	const kind = series === 'biennial' ? 'Biennial average' : 'Single-year average';
	return {
		indicator_id: indicatorId(series, r.id),
		source_id: SOURCE_ID,
		family: FAMILY,
		dimension: r.dimension,
		label: series === 'biennial' ? nice : `${nice} (single year)`,
		description: `${kind}. ${r.description}`,
		unit: 'score (0–100)',
		// The workbooks hold unrounded averages; the reports print one decimal.
		decimals: 1,
		scale_min: 0,
		scale_max: 100,
		higher_is_better: true,
		caveat: [r.caveat, series === 'biennial' ? BIENNIAL : YEARLY, METHOD, UK, NEWEST]
			.filter(Boolean)
			.join(' ')
	};
}

export const INDICATORS: Row[] = (['biennial', 'yearly'] as const).flatMap((series) =>
	SCORING_ROWS.map((r) => indicator(series, r))
);
