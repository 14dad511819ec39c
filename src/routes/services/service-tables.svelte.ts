import { db } from '$lib/db/client.svelte';
import { messageOf } from '$lib/db/engine';
import { SERVICE_COLUMNS } from '$lib/queries/services-grid';

const QUESTION_COLUMNS = ['edition', 'sheet', 'question_code', 'label'];

/**
 * Loads egov_services for the chosen countries (once each) and the question catalogue, on
 * demand; `ready` is true once every chosen country's rows are in DuckDB.
 */
export function useServiceTables(countries: () => string[], enabled: () => boolean) {
	const state = $state({ loaded: [] as string[], error: null as string | null });
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
			(error: unknown) =>
				(state.error = `The service data could not be loaded: ${messageOf(error)}`)
		);
	});
	return {
		get ready() {
			return countries().every((c) => state.loaded.includes(c));
		},
		get error() {
			return state.error;
		}
	};
}
