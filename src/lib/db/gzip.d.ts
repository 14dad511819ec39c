/** A file emitted gzip-compressed by the build (src/lib/server/gzip-wasm.ts). */
declare module '*?gzip' {
	const url: string;
	export default url;
	/** The plain file's size in bytes. */
	export const bytes: number;
	/** The size sent: the gzip file's in a build, the plain file's on the dev server. */
	export const gzipBytes: number;
}

/** A file's URL on the dev server; null in a build (src/lib/server/gzip-wasm.ts). */
declare module '*?dev-url' {
	const url: string | null;
	export default url;
}
