import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { isNode, LineCounter, parseDocument } from 'yaml';
import { SourceError } from '../lib/source-error.ts';

export type YamlPath = readonly (string | number)[];

/** A parsed authoring file that can say on which line any value sits. */
export interface YamlFile {
	/** The path as shown in error messages (relative to the working directory). */
	file: string;
	data: unknown;
	line(path: YamlPath): number | undefined;
}

/** Reads and parses a YAML file; a syntax error or a duplicate key stops with file and line. */
export async function readYaml(path: string): Promise<YamlFile> {
	const file = relative(process.cwd(), path) || path;
	let text: string;
	try {
		text = await readFile(path, 'utf8');
	} catch {
		throw new SourceError({ file }, 'file is missing or unreadable');
	}
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, prettyErrors: false });
	const error = doc.errors[0];
	if (error) {
		const row = lineCounter.linePos(error.pos[0]).line;
		throw new SourceError({ file, row }, `not valid YAML: ${error.message.split('\n')[0]}`);
	}
	const line = (path: YamlPath): number | undefined => {
		for (let depth = path.length; depth >= 0; depth--) {
			const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
			if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
		}
		return undefined;
	};
	return { file, data: doc.toJS(), line };
}

/** Stops the pipeline at a value of an authoring file, naming the file, its line and the entry. */
export function fail(f: YamlFile, path: YamlPath, entry: string, reason: string): never {
	throw new SourceError(
		{ file: f.file, row: f.line(path) },
		entry ? `${entry}: ${reason}` : reason
	);
}
