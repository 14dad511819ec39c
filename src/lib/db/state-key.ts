/**
 * A text that two states share exactly when they hold the same values: strings, numbers, booleans
 * and null, in arrays and plain objects (key order does not matter). A query re-asked for an equal
 * state is not asked again. Anything else (a Set, a Map, a Date, a function, undefined in an
 * array) throws, because its JSON would hide what it holds and two different states would match.
 */
export function stateKey(state: unknown): string {
	return JSON.stringify(state, function (this: Record<string, unknown>, key) {
		// The value before its `toJSON` (a Date's is a string).
		const v = this[key];
		if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
		if (typeof v === 'number') {
			if (!Number.isFinite(v)) throw new TypeError(`stateKey: ${v} has no exact key`);
			return v;
		}
		if (Array.isArray(v)) {
			if (v.some((x) => x === undefined)) throw new TypeError('stateKey: undefined in an array');
			return v;
		}
		if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
			const o = v as Record<string, unknown>;
			return Object.fromEntries(
				Object.keys(o)
					.filter((k) => o[k] !== undefined)
					.sort()
					.map((k) => [k, o[k]])
			);
		}
		if (v === undefined && !Array.isArray(this)) return undefined;
		throw new TypeError(`stateKey: a ${Object.prototype.toString.call(v)} has no exact key`);
	});
}

/**
 * `get`, but returning the object it returned before while the new one has the same `stateKey`:
 * for a `$derived.by`, whose dependants then do not run again for an equal state.
 */
export function sameWhileEqual<S>(get: () => S | null): () => S | null {
	let last: { key: string; state: S } | null = null;
	return () => {
		const state = get();
		if (state === null) return (last = null);
		const key = stateKey(state);
		if (last?.key !== key) last = { key, state };
		return last.state;
	};
}
