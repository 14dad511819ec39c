/**
 * Reuse terms as each publisher states them (checked 2026-12-07; see data/raw/<source>/TERMS.md).
 * `licence_id` is an SPDX / Open Definition id, or null where the publisher grants no open licence:
 * reuse is then restricted and the site says so beside the data.
 */
export interface Licence {
	licence: string;
	licence_id: string | null;
	licence_url: string;
}

export const EC_REUSE: Licence = {
	licence:
		'CC BY 4.0: European Commission reuse policy (Decision 2011/833/EU; CC BY 4.0 the default licence since Decision C(2019) 1655). Attribute © European Union.',
	licence_id: 'CC-BY-4.0',
	licence_url: 'https://digital-strategy.ec.europa.eu/en/news/rules-reuse-commission-information'
};

export const UN_TERMS: Licence = {
	licence:
		'Reuse restricted: no open licence. The UN terms of use allow downloading and copying for personal, non-commercial use, without the right to redistribute or make derived works; ask the UN (permissions@un.org) before reusing these values. Attribute UN DESA.',
	licence_id: null,
	licence_url: 'https://www.un.org/en/about-us/terms-of-use'
};

export const OECD_TERMS: Licence = {
	licence:
		"Reuse restricted: no open licence. OECD Terms and Conditions (content published before 1 July 2024): reuse with acknowledgement of the OECD as source and copyright owner; commercial use needs the OECD's permission (rights@oecd.org).",
	licence_id: null,
	licence_url: 'https://www.oecd.org/en/about/terms-conditions.html'
};

/** The project's own data: coded strategies, codebook, country classifications, catalogue, targets. */
export const PROJECT: Licence = {
	licence: "CC BY 4.0: the project's own data. Attribute the e-government strategy dashboard.",
	licence_id: 'CC-BY-4.0',
	licence_url: 'https://creativecommons.org/licenses/by/4.0/'
};

/** True where the publisher grants no open licence. */
export const isRestricted = (l: Pick<Licence, 'licence_id'>): boolean => l.licence_id === null;
