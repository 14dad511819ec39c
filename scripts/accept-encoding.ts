export type Encoding = 'br' | 'gzip';

/** The file suffix of each precompressed variant, in order of preference. */
export const VARIANTS: readonly { encoding: Encoding; suffix: string }[] = [
	{ encoding: 'br', suffix: '.br' },
	{ encoding: 'gzip', suffix: '.gz' }
];

/**
 * The encoding to send, of those `available`, for a request's `Accept-Encoding` header: the one
 * the client ranks highest (q-values; `*` stands for any not named; q=0 refuses), brotli before
 * gzip when they rank the same; null for the file as it is.
 */
export function negotiate(
	header: string | undefined,
	available: readonly Encoding[]
): Encoding | null {
	const ranks = new Map<string, number>();
	for (const part of (header ?? '').split(',')) {
		const [name = '', ...params] = part.trim().toLowerCase().split(';');
		if (!name) continue;
		const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
		ranks.set(name, q === undefined ? 1 : Number(q) || 0);
	}
	let best: Encoding | null = null;
	let bestRank = 0;
	for (const { encoding } of VARIANTS) {
		if (!available.includes(encoding)) continue;
		const rank =
			ranks.get(encoding) ??
			(encoding === 'gzip' ? ranks.get('x-gzip') : undefined) ??
			ranks.get('*') ??
			0;
		if (rank > bestRank) [best, bestRank] = [encoding, rank];
	}
	return best;
}
