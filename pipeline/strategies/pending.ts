import { access } from 'node:fs/promises';
import { knownKeys, object, type Where } from './fields.ts';
import { fail, readYaml } from './yaml-file.ts';

/**
 * The explicit exceptions while coding is under way (data/strategies/pending.yaml): countries whose
 * v2 recoding has not arrived (the one-fifth rules are suspended for them) and countries whose
 * second coding has not arrived. Both show in README.md, the agreement table and on /strategies.
 */
export interface Pending {
	recoding: Set<string>;
	secondCoding: Set<string>;
}

export const PENDING_FILE = 'pending.yaml';

function countryList(o: Record<string, unknown>, key: string, w: Where): Set<string> {
	const v = o[key] ?? [];
	if (!Array.isArray(v) || v.some((c) => typeof c !== 'string' || !/^[A-Z]{3}$/.test(c)))
		fail(w.f, [...w.path, key], '', `"${key}" should be a list of ISO alpha-3 codes, e.g. [DNK]`);
	return new Set(v as string[]);
}

/** Reads pending.yaml; no file means no exceptions. */
export async function readPending(path: string): Promise<Pending> {
	const exists = await access(path).then(
		() => true,
		() => false
	);
	if (!exists) return { recoding: new Set(), secondCoding: new Set() };
	const f = await readYaml(path);
	const w: Where = { f, path: [], entry: '' };
	const root = object(f.data, w, 'the pending file');
	knownKeys(root, ['recoding', 'second_coding'], w);
	return {
		recoding: countryList(root, 'recoding', w),
		secondCoding: countryList(root, 'second_coding', w)
	};
}
