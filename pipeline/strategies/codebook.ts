import type { Row } from '../lib/parquet-writer.ts';
import { compareText, knownKeys, list, object, oneOf, text, type Where } from './fields.ts';
import { fail, readYaml, type YamlFile } from './yaml-file.ts';

/** The two scales of the codebook and the codes each allows. */
export const SCALES = {
	ordinal: ['0', '1', '2', '3'],
	coordination: ['C', 'N', 'D']
} as const satisfies Record<string, readonly string[]>;

export type ScaleName = keyof typeof SCALES;

export interface Codebook {
	/** Rows of features.parquet, sorted by feature_id. */
	features: Row[];
	/** The scale of every feature, by feature id. */
	scaleOf: Map<string, ScaleName>;
}

const FEATURE_KEYS = ['id', 'label', 'scale', 'definition', 'coding_rule'];
const SCALE_NAMES = Object.keys(SCALES) as ScaleName[];

/** Checks that the scales the codebook publishes are exactly the ones the compiler enforces. */
function checkScales(f: YamlFile, value: unknown): void {
	const w: Where = { f, path: ['scales'], entry: 'scales' };
	const scales = object(value, w, '"scales"');
	knownKeys(scales, SCALE_NAMES, w);
	for (const name of SCALE_NAMES) {
		const sw = { ...w, path: ['scales', name], entry: `scale "${name}"` };
		const levels = object(scales[name], sw, `scale "${name}"`);
		const codes = Object.keys(levels);
		if (codes.join() !== SCALES[name].join()) {
			fail(f, sw.path, sw.entry, `should define exactly the codes ${SCALES[name].join(', ')}`);
		}
		for (const code of codes) text(levels, code, sw);
	}
}

function readFeature(f: YamlFile, value: unknown, i: number): Row {
	const w: Where = { f, path: ['features', i], entry: `feature ${i + 1}` };
	const o = object(value, w, 'a feature');
	const id = text(o, 'id', w) as string;
	w.entry = `feature "${id}"`;
	if (!/^[a-z][a-z0-9_]*$/.test(id)) fail(f, [...w.path, 'id'], w.entry, 'id should be snake_case');
	knownKeys(o, FEATURE_KEYS, w);
	return {
		feature_id: id,
		label: text(o, 'label', w),
		definition: text(o, 'definition', w),
		scale: oneOf(o, 'scale', w, SCALE_NAMES),
		coding_rule: text(o, 'coding_rule', w)
	};
}

/** Reads and validates the codebook; it defines which features and codes the country files may use. */
export async function readCodebook(path: string): Promise<Codebook> {
	const f = await readYaml(path);
	const root = object(f.data, { f, path: [], entry: '' }, 'the codebook');
	knownKeys(root, ['scales', 'features'], { f, path: [], entry: '' });
	checkScales(f, root.scales);
	const items = list(root.features, { f, path: ['features'], entry: '' }, '"features"');
	const features = items.map((item, i) => readFeature(f, item, i));
	const scaleOf = new Map<string, ScaleName>();
	features.forEach((row, i) => {
		const id = String(row.feature_id);
		if (scaleOf.has(id)) fail(f, ['features', i, 'id'], `feature "${id}"`, 'duplicate feature id');
		scaleOf.set(id, row.scale as ScaleName);
	});
	features.sort((a, b) => compareText(String(a.feature_id), String(b.feature_id)));
	return { features, scaleOf };
}
