import { loadLocale } from '$lib/server/load-locale';
import { error } from '@sveltejs/kit';
import { countryHeadlineChart, describeHeadline } from '$lib/charts/country-headline';
import { countryTimelineChart } from '$lib/charts/country-timeline';
import { marksKey } from '$lib/charts/marks-key';
import type { Locale } from '$lib/i18n/locales';
import { yearNote } from '$lib/catalog/year-meaning';
import { sameInEveryLanguage } from '$lib/i18n/same-in-every-language';
import { digitsOf } from '$lib/data/country-indicators';
import { familyTables, headlines, readings } from '$lib/data/country-page';
import { countryCodingQuery, type CodingRow } from '$lib/queries/country-coding';
import { countryInfoQuery, type CountryInfo } from '$lib/queries/country-info';
import { countryProfileQuery, type ProfileRow } from '$lib/queries/country-profile';
import { countryStrategiesQuery, type StrategyRow } from '$lib/queries/country-strategies';
import { withNodeDb } from '$lib/server/prerender';
import { renderSvg } from '$lib/server/render-svg';
import { clip } from '$lib/state/params';
import { shared, sourceLine } from '../shared.server';
import type { PageServerLoadEvent } from './$types';

/** Every country with at least one value gets a prerendered profile. */
export const entries = async () => (await shared()).countries.map((c) => ({ code: c.country }));

// Its six languages share one run of the queries and charts.
const build = sameInEveryLanguage(async ({ params }: PageServerLoadEvent) => {
	const { countries, catalogue, publishers } = await shared();
	const entry = countries.find((c) => c.country === params.code);
	if (!entry) error(404, `No country with the code "${clip(params.code)}" in the data.`);
	return withNodeDb(async (db) => {
		const code = entry.country;
		const info = (await db.query(countryInfoQuery(code)))[0] as unknown as CountryInfo;
		const rows = (await db.query(countryProfileQuery(code))) as unknown as ProfileRow[];
		const strategies = entry.programme
			? ((await db.query(countryStrategiesQuery(code))) as unknown as StrategyRow[])
			: [];
		const coding = entry.programme
			? ((await db.query(countryCodingQuery(code))) as unknown as CodingRow[])
			: [];
		const heads = headlines(rows, catalogue);
		// Its own strategies and laws, marked on its headline lines as on the home page.
		const launches = entry.programme
			? strategies.map((s) => ({
					country: code,
					strategy_id: s.strategy_id,
					title_en: s.title_en,
					kind: s.kind,
					start_year: s.start_year
				}))
			: undefined;
		const panels = heads
			.filter((h) => h.series.length > 1)
			.map(({ meta, series }) => {
				const spec = { country: code, name: info.name, meta, digits: digitsOf(meta), launches };
				return {
					id: meta.indicator_id,
					label: meta.label,
					family: meta.family,
					/** The panel drawn in a language (its axis, labels and description). */
					svg: (locale: Locale) => renderSvg(countryHeadlineChart(series, spec, locale)),
					/** The panel in a sentence, in a language: cheap, so made per page. */
					describe: (locale: Locale) => describeHeadline(series, spec, locale)
				};
			});
		const years = strategies.flatMap((s) => [s.start_year, s.end_year ?? s.start_year]);
		const shown = catalogue.filter((m) => rows.some((r) => r.indicator_id === m.indicator_id));
		return {
			countries: countries.map(({ country, name, programme }) => ({ country, name, programme })),
			info,
			programme: entry.programme,
			readings: (locale: Locale) => readings(info.name, heads, locale),
			panels,
			headlineRows: heads.flatMap(({ meta, series }) =>
				series.map((r) => ({ ...r, label: meta.label, digits: digitsOf(meta) }))
			),
			/** The caveats under the headline panels, in a language. */
			headlineCaveats: (locale: Locale) => {
				const yearLine = yearNote(
					panels.map((p) => p.id),
					locale
				);
				return [
					...(yearLine ? [yearLine] : []),
					...(launches?.length ? [marksKey(locale)] : []),
					...new Set(heads.flatMap((h) => (h.meta.caveat ? [h.meta.caveat] : [])))
				];
			},
			headlineSource: (locale: Locale) =>
				sourceLine(
					heads.map((h) => h.meta),
					publishers,
					locale
				),
			families: (locale: Locale) => familyTables(rows, catalogue, locale),
			source: (locale: Locale) => sourceLine(shown, publishers, locale),
			strategies,
			timeline: (locale: Locale) =>
				strategies.length
					? renderSvg(
							countryTimelineChart(
								strategies,
								{ name: info.name, openEnd: Math.max(...years) },
								locale
							)
						)
					: null,
			coding
		};
	});
});

/**
 * The profile in the page's language: the shared run above (queries, rows), with what is built from
 * it at build time, texts and the charts' SVG, made in that language.
 */
export const load = async (event: PageServerLoadEvent) => {
	const locale = loadLocale(event);
	const { panels, readings, families, headlineCaveats, headlineSource, source, timeline, ...rest } =
		await build(event);
	return {
		...rest,
		timeline: timeline(locale),
		readings: readings(locale),
		families: families(locale),
		panels: panels.map(({ describe, svg, ...p }) => ({
			...p,
			svg: svg(locale),
			description: describe(locale)
		})),
		headlineCaveats: headlineCaveats(locale),
		headlineSource: headlineSource(locale),
		source: source(locale)
	};
};
