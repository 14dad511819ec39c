import type { FileKind, UserColumn } from '$lib/db/user-tables';

/** A user file kept in this browser's IndexedDB, with the changes made to its table. */
export interface KeptFile {
	table: string;
	file: string;
	kind: FileKind;
	bytes: Uint8Array;
	/** Changes made to the table, replayed in order when it is loaded again. */
	ops: TableOp[];
}

export type TableOp = { types: UserColumn[] } | { iso3: string };

const DB = 'egov-user-data';
const STORE = 'files';

function open(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(DB, 1);
		request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'table' });
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

async function run<T>(
	mode: IDBTransactionMode,
	work: (s: IDBObjectStore) => IDBRequest<T>
): Promise<T> {
	const db = await open();
	try {
		return await new Promise<T>((resolve, reject) => {
			const request = work(db.transaction(STORE, mode).objectStore(STORE));
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
	} finally {
		db.close();
	}
}

/** Every kept file, oldest first. */
export const keptFiles = (): Promise<KeptFile[]> =>
	run('readonly', (s) => s.getAll() as IDBRequest<KeptFile[]>);

/** Stores a file and its changes, replacing what was kept under its table name. */
export async function keepFile(kept: KeptFile): Promise<void> {
	await run('readwrite', (s) => s.put(plain(kept)));
}

const plain = (kept: KeptFile): KeptFile => ({
	...kept,
	ops: JSON.parse(JSON.stringify(kept.ops))
});

export const forgetFile = (table: string) => run('readwrite', (s) => s.delete(table));

/** Deletes everything kept. */
export async function forgetAll(): Promise<void> {
	await run('readwrite', (s) => s.clear());
}
