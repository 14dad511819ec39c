/// <reference lib="webworker" />
import { tableToIPC } from 'apache-arrow';
import { parquetToArrow } from './parquet-to-arrow';

/**
 * Fetches a data file of this site and decodes it from Parquet to an Arrow IPC stream, off the
 * page's main thread: decoding the start-up tables took 1–2 s there, during which the page could
 * neither draw a link's chart nor answer a click.
 */
export interface DecodeRequest {
	id: number;
	/** An absolute URL on this site (a worker resolves relative ones against its own script). */
	url: string;
}

export type DecodeReply = { id: number; ipc: Uint8Array } | { id: number; error: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function decode(url: string): Promise<Uint8Array> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
	const buffer = await response.arrayBuffer();
	const table = await parquetToArrow(buffer).catch((error: unknown) => {
		throw new Error(`the file is not valid Parquet (${messageOf(error)})`);
	});
	return tableToIPC(table, 'stream');
}

scope.onmessage = ({ data }: MessageEvent<DecodeRequest>) => {
	decode(data.url).then(
		(ipc) => scope.postMessage({ id: data.id, ipc } satisfies DecodeReply, [ipc.buffer]),
		(error: unknown) =>
			scope.postMessage({ id: data.id, error: messageOf(error) } satisfies DecodeReply)
	);
};
