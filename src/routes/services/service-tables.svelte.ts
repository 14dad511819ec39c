import { db } from '$lib/db/client.svelte';
import { messageOf } from '$lib/db/said-error';
import { pageLocale } from '$lib/i18n/current';
import { tServiceDataFailed } from '$lib/i18n/pages/tools';
import { SERVICE_COLUMNS } from '$lib/queries/services-grid';

const QUESTION_COLUMNS = ['edition', 'sheet', 'question_code', 'label'];

/**
 * Loads egov_services for the chosen countries (once each) and the question catalogue, on
 * demand; `ready` is true once every chosen country's rows are in DuckDB.
 */
export function useServiceTables(countries: () => string[], enabled: () => boolean) {
	const state = $state({ loaded: [] as string[], reason: null as string | null });
	$effect(() => {
		if (!enabled()) return;
		const wanted = countries();
		Promise.all([
			db.loadTable('egov_services', { columns: SERVICE_COLUMNS, key: 'country', values: wanted }),
			db.loadTable('egov_questions', { columns: QUESTION_COLUMNS })
		]).then(
			() => {
				performance.mark('egov:services-loaded');
				state.loaded = [...state.loaded, ...wanted.filter((c) => !state.loaded.includes(c))];
			},
			(error: unknown) => (state.reason = messageOf(error, pageLocale()))
		);
	});
	return {
		get ready() {
			return countries().every((c) => state.loaded.includes(c));
		},
		/** Why the tables could not be loaded, in the page's language. */
		get error() {
			return state.reason === null
				? null
				: tServiceDataFailed(pageLocale(), { reason: state.reason });
		}
	};
}
