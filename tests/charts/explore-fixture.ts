import type { FacetMeta } from '$lib/charts/explore-format';
import type { NormRow } from '$lib/data/explore-rows';
import type { Target } from '$lib/data/gap-to-target';

const NAMES: Record<string, string> = {
	DEU: 'Germany',
	DNK: 'Denmark',
	EST: 'Estonia',
	EU27: 'EU27 average'
};

/** Values read from the data package (rounded): `indicator country year value [flag]`. */
const TEXT = `
eu_egov.overall DEU 2019 67.625
eu_egov.overall DEU 2020 62.111 break
eu_egov.overall DEU 2021 63.23
eu_egov.overall DEU 2023 65.717
eu_egov.overall DNK 2019 84.375
eu_egov.overall DNK 2020 85.403 break
eu_egov.overall DNK 2023 85.256
eu_egov.overall EST 2019 91.5
eu_egov.overall EST 2020 91.632 break
eu_egov.overall EST 2021 89.981
eu_egov.overall EST 2023 92.036
eu_egov.overall EU27 2019 71.745
eu_egov.overall EU27 2020 71.355 break
eu_egov.overall EU27 2023 75.798
un_egdi.egdi DEU 2016 0.821
un_egdi.egdi DEU 2020 0.852
un_egdi.egdi DEU 2024 0.938
un_egdi.egdi DNK 2016 0.851
un_egdi.egdi DNK 2020 0.976
un_egdi.egdi DNK 2024 0.985
un_egdi.egdi EST 2016 0.833
un_egdi.egdi EST 2020 0.947
un_egdi.egdi EST 2024 0.973
un_egdi.egdi EU27 2016 0.78
un_egdi.egdi EU27 2020 0.85
un_egdi.egdi EU27 2024 0.89
desi2022.services_citizens DEU 2022 75.738
desi2022.services_citizens DNK 2022 83.282
desi2022.services_citizens EST 2022 92.097
desi2022.services_citizens EU27 2022 74.628`;

export const RAW: NormRow[] = TEXT.trim()
	.split('\n')
	.map((line) => {
		const [indicator_id, country, year, value, flag] = line.split(' ') as string[];
		const eu = country === 'EU27';
		return {
			indicator_id: indicator_id as string,
			country: country as string,
			name: NAMES[country as string] as string,
			year: Number(year),
			value: Number(value),
			raw: Number(value),
			flag: flag ?? null,
			role: eu ? (indicator_id === 'un_egdi.egdi' ? 'eu27_mean' : 'eu27_published') : 'country',
			n: eu && indicator_id === 'un_egdi.egdi' ? 27 : null
		};
	});

export const only = (id: string) => RAW.filter((r) => r.indicator_id === id);

const meta = (indicator_id: string, label: string, unit: string, max: number, family: string) => ({
	indicator_id,
	label,
	unit,
	scale_min: 0,
	scale_max: max,
	higher_is_better: true,
	family
});

export const EGDI: FacetMeta = meta(
	'un_egdi.egdi',
	'E-Government Development Index',
	'index (0–1)',
	1,
	'UN E-Government Survey'
);
export const EGOV: FacetMeta = meta(
	'eu_egov.overall',
	'Overall score',
	'score (0–100)',
	100,
	'EU eGovernment Benchmark'
);
export const CITIZENS: FacetMeta = meta(
	'desi2022.services_citizens',
	'Digital public services for citizens',
	'score (0–100)',
	100,
	'DESI (2022 method)'
);

export const TARGET: Target = {
	indicator_id: 'desi2022.services_citizens',
	target_value: 100,
	target_year: 2030,
	label: 'Digital Decade 2030: 100% online provision of key public services, for citizens',
	source_url: 'https://digital-strategy.ec.europa.eu/en/policies/digital-decade-policy-programme'
};

/** Ranks as the rank verb returns them: value = rank, n = countries assessed. */
export const RANKS: NormRow[] = [
	['un_egdi.egdi', 'DNK', 2024, 1, 193],
	['un_egdi.egdi', 'EST', 2024, 2, 193],
	['un_egdi.egdi', 'DEU', 2024, 12, 193],
	['un_egdi.egdi', 'EU27', 2024, 31.4, 27],
	['eu_egov.overall', 'EST', 2023, 2, 35],
	['eu_egov.overall', 'DNK', 2023, 8, 35],
	['eu_egov.overall', 'DEU', 2023, 21, 35],
	['eu_egov.overall', 'EU27', 2023, 14.3, 27]
].map(([indicator_id, country, year, value, n]) => ({
	indicator_id: indicator_id as string,
	country: country as string,
	name: NAMES[country as string] as string,
	year: year as number,
	value: value as number,
	raw: Number.NaN,
	flag: null,
	role: country === 'EU27' ? 'eu27_mean' : 'country',
	n: n as number
}));
