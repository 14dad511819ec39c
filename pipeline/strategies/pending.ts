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
	/**
	 * Countries coded on their first significant and most recent strategies only (the programme's
	 * other five): their other rows are kept uncoded, so the one-fifth rules cover the case countries.
	 */
	partial: Set<string>;
	secondCoding: Set<string>;
	/**
	 * Hosts of faithful reproductions of an official journal, accepted as a coded document's
	 * address where no official address was found (e.g. the Moniteur belge on etaamb); listed in
	 * README.md with every row that uses them.
	 */
	reproductions: Set<string>;
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
	if (!exists)
		return {
			recoding: new Set(),
			partial: new Set(),
			secondCoding: new Set(),
			reproductions: new Set()
		};
	const f = await readYaml(path);
	const w: Where = { f, path: [], entry: '' };
	const root = object(f.data, w, 'the pending file');
	knownKeys(root, ['recoding', 'partial', 'second_coding', 'official_journal_reproductions'], w);
	const hosts = root.official_journal_reproductions ?? [];
	if (!Array.isArray(hosts) || hosts.some((h) => typeof h !== 'string' || !/^[a-z0-9.-]+$/.test(h)))
		fail(f, ['official_journal_reproductions'], '', 'should be a list of host names');
	return {
		recoding: countryList(root, 'recoding', w),
		partial: countryList(root, 'partial', w),
		secondCoding: countryList(root, 'second_coding', w),
		reproductions: new Set(hosts as string[])
	};
}
