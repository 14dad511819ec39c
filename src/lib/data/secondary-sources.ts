import { safeHref } from '$lib/charts/strategy-codes';

/** A secondary source: "publisher: title" and its link, where it is an http(s) address. */
export interface SecondarySource {
	label: string;
	href: string | undefined;
}

/** Splits the strategies table's `secondary_sources` ("publisher: title <url>; …") into sources. */
export function secondarySources(text: string | null): SecondarySource[] {
	if (!text) return [];
	return text
		.split(/;\s+(?=[^;]*<https?:\/\/)/)
		.map((part) => {
			const m = /^(.*?)\s*<([^<>\s]+)>\s*$/.exec(part.trim());
			return m
				? { label: m[1] ?? '', href: safeHref(m[2]) }
				: { label: part.trim(), href: undefined };
		})
		.filter((s) => s.label || s.href);
}
