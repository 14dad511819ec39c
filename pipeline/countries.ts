import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCsv } from './lib/csv.ts';
import { SourceError, type SourceLocation } from './lib/source-error.ts';
import type { Row } from './lib/parquet-writer.ts';

const here = (name: string) => fileURLToPath(new URL(`./reference/${name}`, import.meta.url));

export const EU27 = [
	'AUT',
	'BEL',
	'BGR',
	'HRV',
	'CYP',
	'CZE',
	'DNK',
	'EST',
	'FIN',
	'FRA',
	'DEU',
	'GRC',
	'HUN',
	'IRL',
	'ITA',
	'LVA',
	'LTU',
	'LUX',
	'MLT',
	'NLD',
	'POL',
	'PRT',
	'ROU',
	'SVK',
	'SVN',
	'ESP',
	'SWE'
];
export const WP6_FIVE = ['BEL', 'DNK', 'EST', 'DEU', 'GBR'];
export const TROPICO_TEN = [...WP6_FIVE, 'FRA', 'ESP', 'NLD', 'NOR', 'HUN'];
export const META_EIGHT = ['EST', 'FRA', 'DEU', 'ITA', 'NLD', 'NOR', 'ESP', 'GBR'];

/**
 * TROPICO's administrative traditions (tropico-project.eu) and the state structure. The structure
 * is the usual comparative classification as research/domain.md gives it (marked unverified
 * there); the country page says so beside it.
 */
const PROGRAMME: Record<string, { tradition: string; structure: string }> = {
	BEL: { tradition: 'Napoleonic (mixed)', structure: 'federal' },
	DNK: { tradition: 'Nordic', structure: 'unitary' },
	EST: { tradition: 'Central and Eastern European', structure: 'unitary' },
	DEU: { tradition: 'Continental', structure: 'federal' },
	GBR: { tradition: 'Anglo-Saxon', structure: 'unitary with devolution' },
	FRA: { tradition: 'Napoleonic', structure: 'unitary' },
	ESP: { tradition: 'Napoleonic', structure: 'quasi-federal (autonomous communities)' },
	NLD: { tradition: 'Continental', structure: 'unitary' },
	NOR: { tradition: 'Nordic', structure: 'unitary' },
	HUN: { tradition: 'Central and Eastern European', structure: 'unitary' },
	ITA: {
		tradition: 'Napoleonic (common label; Italy was not a TROPICO country)',
		structure: 'unitary, regionalised'
	}
};

/** Aggregates that sources publish as if they were countries. */
export const AGGREGATES = [
	{ country: 'EU27', name: 'EU27 average', iso2: 'EU' },
	{ country: 'EU28', name: 'EU28 average (with the UK)', iso2: null }
];

interface Iso {
	iso3: string;
	iso2: string;
	name: string;
}

function readIso(): Iso[] {
	const file = 'pipeline/reference/iso3166.csv';
	const csv = parseCsv(file, readFileSync(here('iso3166.csv'), 'utf8'), {
		required: ['iso3', 'iso2', 'name']
	});
	return csv.rows.map((r) => ({ iso3: r.get('iso3'), iso2: r.get('iso2'), name: r.get('name') }));
}

function readAliases(): Map<string, string> {
	const file = 'pipeline/reference/country-aliases.csv';
	const csv = parseCsv(file, readFileSync(here('country-aliases.csv'), 'utf8'), {
		required: ['name', 'iso3']
	});
	return new Map(csv.rows.map((r) => [normalise(r.get('name')), r.get('iso3')]));
}

const normalise = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

const iso = readIso();
const byIso3 = new Map(iso.map((c) => [c.iso3, c]));
const byIso2 = new Map(iso.map((c) => [c.iso2, c.iso3]));
const byName = new Map([...iso.map((c) => [normalise(c.name), c.iso3] as const), ...readAliases()]);
const euCodes = new Map([
	['EL', 'GRC'],
	['UK', 'GBR'],
	['EU', 'EU27'],
	['EU27', 'EU27'],
	['EU27_2020', 'EU27'],
	['EU28', 'EU28']
]);

/** ISO3 for an English country name; an unknown name stops the pipeline and names it. */
export function countryFromName(name: string, where: SourceLocation): string {
	const code = byName.get(normalise(name));
	if (!code)
		throw new SourceError(
			where,
			`unknown country name "${name.trim()}" (add it to pipeline/reference/country-aliases.csv)`
		);
	return code;
}

/** ISO3 for an ISO2 or EU country code (EL → GRC, UK → GBR, EU → EU27). */
export function countryFromCode(code: string, where: SourceLocation): string {
	const c = code.trim().toUpperCase();
	const found = euCodes.get(c) ?? byIso2.get(c) ?? (byIso3.has(c) ? c : undefined);
	if (!found) throw new SourceError(where, `unknown country code "${code.trim()}"`);
	return found;
}

export const isKnownCountry = (code: string) =>
	byIso3.has(code) || AGGREGATES.some((a) => a.country === code);

/** The countries table: every ISO country plus the aggregates, with groups and traditions. */
export function countryRows(): Row[] {
	const rows: Row[] = iso.map((c) => ({
		country: c.iso3,
		iso2: c.iso2,
		name: c.name,
		tradition: PROGRAMME[c.iso3]?.tradition ?? null,
		state_structure: PROGRAMME[c.iso3]?.structure ?? null,
		wp6_five: WP6_FIVE.includes(c.iso3),
		tropico_ten: TROPICO_TEN.includes(c.iso3),
		meta_eight: META_EIGHT.includes(c.iso3),
		eu27: EU27.includes(c.iso3),
		is_aggregate: false
	}));
	for (const a of AGGREGATES) {
		rows.push({
			country: a.country,
			iso2: a.iso2,
			name: a.name,
			tradition: null,
			state_structure: null,
			wp6_five: false,
			tropico_ten: false,
			meta_eight: false,
			eu27: false,
			is_aggregate: true
		});
	}
	return rows;
}
