import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { RAW_DOCS, type RawDoc } from '$lib/catalog/provenance';

const RAW = 'data/raw';

/** Every provenance and terms note in data/raw, as route entries. */
export function rawDocEntries(root = RAW): { folder: string; doc: RawDoc }[] {
	return readdirSync(root)
		.filter((folder) => statSync(join(root, folder)).isDirectory())
		.sort()
		.flatMap((folder) => RAW_DOCS.map((doc) => ({ folder, doc })));
}

/** A note's text, or null for anything that is not one of the listed notes. */
export function readRawDoc(folder: string, doc: string, root = RAW): string | null {
	const known = rawDocEntries(root).some((e) => e.folder === folder && e.doc === doc);
	return known ? readFileSync(join(root, folder, doc), 'utf8') : null;
}
