export interface CountryRef {
	country: string;
	iso2: string | null;
	name: string;
}

export interface CountryMapping {
	/** Each distinct input value and the ISO3 code it maps to (null when it matched nothing). */
	codes: Map<string, string | null>;
	unmatched: string[];
}

/** EU and other common codes that differ from ISO 3166-1 alpha-2. */
const EU_CODES: Record<string, string> = { EL: 'GRC', UK: 'GBR', XK: 'XKX' };

/** English names found in spreadsheets that differ from the catalogue's short names. */
const ALIASES: Record<string, string> = {
	'czech republic': 'CZE',
	'slovak republic': 'SVK',
	'united kingdom of great britain and northern ireland': 'GBR',
	'great britain': 'GBR',
	britain: 'GBR',
	england: 'GBR',
	'the netherlands': 'NLD',
	holland: 'NLD',
	'united states of america': 'USA',
	us: 'USA',
	'south korea': 'KOR',
	'republic of korea': 'KOR',
	'korea rep': 'KOR',
	russia: 'RUS',
	turkey: 'TUR',
	turkiye: 'TUR',
	moldova: 'MDA',
	iran: 'IRN',
	china: 'CHN',
	'north macedonia': 'MKD',
	macedonia: 'MKD',
	vietnam: 'VNM',
	'viet nam': 'VNM',
	'european union': 'EU27',
	eu: 'EU27',
	eu27: 'EU27',
	'eu-27': 'EU27',
	eu27_2020: 'EU27'
};

/** Lower case, accents and punctuation removed, "X, Republic of" turned into "Republic of X". */
export function normaliseName(raw: string): string {
	let s = raw
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/\(.*?\)/g, ' ')
		.replace(/[^a-z0-9,-]+/g, ' ')
		.trim();
	const comma = /^(.*?),\s*(.*)$/.exec(s);
	if (comma) s = `${comma[2]} ${comma[1]}`;
	return s.replace(/[,\s]+/g, ' ').trim();
}

/** Builds a lookup from codes (ISO3, ISO2, EU) and names to ISO3 codes. */
export function countryLookup(countries: readonly CountryRef[]): (raw: string) => string | null {
	const byCode = new Map<string, string>();
	const byName = new Map<string, string>();
	for (const c of countries) {
		byCode.set(c.country.toUpperCase(), c.country);
		if (c.iso2) byCode.set(c.iso2.toUpperCase(), c.country);
		byName.set(normaliseName(c.name), c.country);
	}
	for (const [code, iso3] of Object.entries(EU_CODES)) byCode.set(code, iso3);
	for (const [name, iso3] of Object.entries(ALIASES)) byName.set(normaliseName(name), iso3);
	return (raw) => {
		const text = raw.trim();
		if (!text) return null;
		const code = text.toUpperCase();
		if (/^[A-Z0-9_-]{2,6}$/.test(code) && byCode.has(code)) return byCode.get(code) as string;
		return byName.get(normaliseName(text)) ?? null;
	};
}

/** Maps every distinct value of a column to ISO3; values that match nothing are listed. */
export function mapCountries(
	values: readonly (string | null)[],
	countries: readonly CountryRef[]
): CountryMapping {
	const lookup = countryLookup(countries);
	const codes = new Map<string, string | null>();
	for (const v of values) if (v !== null && !codes.has(v)) codes.set(v, lookup(v));
	const unmatched = [...codes].filter(([, c]) => c === null).map(([v]) => v);
	return { codes, unmatched };
}
