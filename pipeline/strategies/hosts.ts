/**
 * Which addresses a coded document may come from (SPEC.md rule 5): official hosts only, never a
 * document-sharing site, a wiki mirror or proxy, a content farm or a news aggregator.
 */

/** Hosts (and their subdomains) that publish official texts: governments, journals, archives. */
export const OFFICIAL_HOSTS = [
	// European Union: EUR-Lex, the Publications Office, the Commission
	'europa.eu',
	// Belgium
	'belgium.be',
	'fgov.be',
	'vlaanderen.be',
	'wallonie.be',
	'digitalwallonia.be',
	'digitalbelgium.be',
	'smartnation.be',
	'brussels',
	'dekamer.be',
	'lachambre.be',
	'senate.be',
	'premier.be',
	// Denmark
	'digst.dk',
	'digmin.dk',
	'retsinformation.dk',
	'lovtidende.dk',
	'fm.dk',
	'stm.dk',
	'ft.dk',
	'eu.dk',
	'kl.dk',
	'regioner.dk',
	'regeringen.dk',
	'borger.dk',
	'virk.dk',
	'em.dk',
	'oim.dk',
	'netarkivet.dk',
	// Estonia
	'riigiteataja.ee',
	'mkm.ee',
	'valitsus.ee',
	'riigikantselei.ee',
	'ria.ee',
	'riigikogu.ee',
	'eesti.ee',
	'riik.ee',
	'riso.ee',
	'fin.ee',
	'just.ee',
	'kul.ee',
	'haw.nlib.ee',
	// Germany
	'bund.de',
	'rlp.de',
	'gesetze-im-internet.de',
	'bundesgesetzblatt.de',
	'bundestag.de',
	'bundesrat.de',
	'bundesregierung.de',
	'bundesanzeiger.de',
	'bmwi.de',
	'bmwk.de',
	'bmi.de',
	'it-planungsrat.de',
	'fitko.de',
	'digitale-verwaltung.de',
	'verwaltung-innovativ.de',
	'digitale-agenda.de',
	'govdata.de',
	'digitalstrategie-deutschland.de',
	// United Kingdom
	'gov.uk',
	'parliament.uk',
	'nationalarchives.gov.uk',
	// Spain, France, Italy, the Netherlands, Norway, Hungary
	'gob.es',
	'boe.es',
	'gouv.fr',
	'gov.it',
	'italia.it',
	'governo.it',
	'gazzettaufficiale.it',
	'normattiva.it',
	'overheid.nl',
	'nldigitalgovernment.nl',
	'rijksoverheid.nl',
	'officielebekendmakingen.nl',
	'tweedekamer.nl',
	'regjeringen.no',
	'lovdata.no',
	'digdir.no',
	'stortinget.no',
	'kormany.hu',
	'njt.hu',
	'magyarkozlony.hu'
];

/** Never acceptable, as a document or a secondary source: a pattern on the host name. */
export const DENIED_HOSTS: { pattern: RegExp; what: string }[] = [
	{
		pattern:
			/(^|\.)(pdfslide|docplayer|kipdf|123dok|scribd|issuu|yumpu|abcdocz|docsbay|readkong|studylib|dokumen|vdocuments|fdocuments|pdfcoffee|silo|slideshare|documents|studocu|coursehero|docslib|doczz|zbook|pdf4pro|manualzz)\./,
		what: 'a document-sharing site'
	},
	{
		pattern:
			/(^|\.)(wikipedia\.org|wikiwand\.com|fandom\.com|zxc\.wiki|everybodywiki\.com|dbpedia\.org|wiki2\.org|wikizero\.com|workers\.dev)$|(^|\.)wiki-data|(^|\.)wikibrief\./,
		what: 'Wikipedia, a wiki mirror or a proxy'
	},
	{
		pattern:
			/(^|\.)(ukessays\.com|ipl\.org|bartleby\.com|ivypanda\.com|grin\.com|hmong\.es|academic-accelerator\.com|justapedia\.org|encyclopedia\.pub)$/,
		what: 'a content farm'
	},
	{
		pattern: /(^|\.)(news\.google\.com|msn\.com|flipboard\.com|newsnow\.co\.uk|newsbreak\.com)$/,
		what: 'a news aggregator'
	}
];

const endsWithHost = (host: string, domain: string) =>
	host === domain || host.endsWith(`.${domain}`);

/** Why the host is never acceptable, or null. */
export function deniedHost(host: string): string | null {
	return DENIED_HOSTS.find((d) => d.pattern.test(host))?.what ?? null;
}

/** True for an official host, or a web.archive.org snapshot of an official address. */
export function isOfficial(url: URL): boolean {
	const host = url.hostname.toLowerCase();
	if (host === 'web.archive.org') {
		const inner = /^\/web\/\d+[a-z_]*\/(https?:\/\/.+)$/.exec(url.pathname + url.search);
		const target = inner?.[1];
		if (!target || !URL.canParse(target)) return false;
		const parsed = new URL(target);
		return parsed.hostname !== 'web.archive.org' && isOfficial(parsed);
	}
	return OFFICIAL_HOSTS.some((d) => endsWithHost(host, d));
}

/** Why a URL is malformed or truncated, or null: full http(s) addresses only. */
export function malformedUrl(value: string): string | null {
	if (/\s/.test(value)) return 'contains white space';
	if (value.includes('…') || value.includes('...')) return 'is truncated ("…" or "...")';
	if (!/^https?:\/\//i.test(value)) return 'is not an http(s) address';
	if (!URL.canParse(value)) return 'cannot be parsed';
	const host = new URL(value).hostname;
	if (!host || !host.includes('.') || host.startsWith('.') || host.endsWith('.'))
		return 'has no host';
	return null;
}
