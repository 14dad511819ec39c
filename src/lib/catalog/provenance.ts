/** The notes shipped with each source's raw files, served at data/raw/<folder>/<doc>. */
export const RAW_DOCS = ['PROVENANCE.md', 'TERMS.md'] as const;
export type RawDoc = (typeof RAW_DOCS)[number];

/** The data/raw folder a source's origin text points to ("… see data/raw/un-egdi/PROVENANCE.md"). */
export function rawFolderOf(origin: string): string | null {
	return /\bdata\/raw\/([a-z0-9][a-z0-9-]*)\/PROVENANCE\.md\b/.exec(origin)?.[1] ?? null;
}

/** The origin text without its pointer to the provenance file, which the page links instead. */
export const originWithoutPointer = (origin: string): string =>
	origin.replace(/;?\s*see data\/raw\/[a-z0-9-]+\/PROVENANCE\.md\s*$/, '');
