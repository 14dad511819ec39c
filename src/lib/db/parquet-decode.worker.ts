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

/** Why a file could not be decoded, as data: the page says it in its reader's language. */
export type DecodeFailure =
	| { kind: 'http'; status: number }
	| { kind: 'parquet'; detail: string }
	| { kind: 'fetch'; detail: string };

export type DecodeReply = { id: number; ipc: Uint8Array } | { id: number; failure: DecodeFailure };

const scope = self as unknown as DedicatedWorkerGlobalScope;
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function decode(url: string): Promise<Uint8Array | DecodeFailure> {
	const response = await fetch(url).catch((error: unknown) => messageOf(error));
	if (typeof response === 'string') return { kind: 'fetch', detail: response };
	if (!response.ok) return { kind: 'http', status: response.status };
	const buffer = await response.arrayBuffer();
	try {
		return tableToIPC(await parquetToArrow(buffer), 'stream');
	} catch (error) {
		return { kind: 'parquet', detail: messageOf(error) };
	}
}

scope.onmessage = ({ data }: MessageEvent<DecodeRequest>) => {
	void decode(data.url).then((result) =>
		result instanceof Uint8Array
			? scope.postMessage({ id: data.id, ipc: result } satisfies DecodeReply, [result.buffer])
			: scope.postMessage({ id: data.id, failure: result } satisfies DecodeReply)
	);
};
