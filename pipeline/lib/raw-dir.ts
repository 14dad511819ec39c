import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The publishers' raw files: the repository's data/raw, unless EGOV_RAW_DIR names another folder. */
export const rawDir = (env: NodeJS.ProcessEnv = process.env): string =>
	resolve(env.EGOV_RAW_DIR || join(ROOT, 'data', 'raw'));
