/**
 * A prerender `load` whose answer does not depend on the page's language, run once per set of
 * route parameters: `/country/EST/` and its five translations share one run (queries and charts),
 * so six languages do not cost six times the build. Build-time only: the answers stay in memory.
 */
export function sameInEveryLanguage<E extends { params: Record<string, string> }, R>(
	load: (event: E) => Promise<R>
): (event: E) => Promise<R> {
	const runs = new Map<string, Promise<R>>();
	return (event) => {
		const key = JSON.stringify(event.params);
		let run = runs.get(key);
		if (!run) {
			run = load(event);
			runs.set(key, run);
		}
		return run;
	};
}
