import type { Row } from '../lib/parquet-writer.ts';
import {
	compareText,
	knownKeys,
	list,
	object,
	oneOf,
	text,
	type Obj,
	type Where
} from './fields.ts';
import { fail, readYaml, type YamlFile } from './yaml-file.ts';

/** The two scales of the codebook and the codes each allows. */
export const SCALES = {
	ordinal: ['0', '1', '2', '3'],
	coordination: ['0', 'C', 'N', 'D']
} as const satisfies Record<string, readonly string[]>;

export type ScaleName = keyof typeof SCALES;

export interface Codebook {
	/** Rows of features.parquet, sorted by feature_id. */
	features: Row[];
	/** Rows of feature_levels.parquet: every level of every feature, its rule and example. */
	levels: Row[];
	/** The scale of every feature, by feature id, in the codebook's order. */
	scaleOf: Map<string, ScaleName>;
}

const ROOT_KEYS = ['rules', 'scales', 'groups', 'features'];
const RULE_KEYS = ['unit', 'silence', 'quotation', 'inferred', 'legal_basis'];
const FEATURE_KEYS = [
	'id',
	'label',
	'group',
	'subgroup',
	'scale',
	'definition',
	'levels',
	'not_counted'
];
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

/** The groups and their subgroups, by id. */
function readGroups(f: YamlFile, value: unknown): Map<string, Set<string>> {
	const w: Where = { f, path: ['groups'], entry: 'groups' };
	const groups = new Map<string, Set<string>>();
	for (const [id, g] of Object.entries(object(value, w, '"groups"'))) {
		const gw = { ...w, path: ['groups', id], entry: `group "${id}"` };
		const o = object(g, gw, 'a group');
		knownKeys(o, ['label', 'definition', 'subgroups'], gw);
		text(o, 'label', gw);
		text(o, 'definition', gw);
		const subs = o.subgroups === undefined ? {} : object(o.subgroups, gw, '"subgroups"');
		groups.set(id, new Set(Object.keys(subs)));
	}
	return groups;
}

function readLevels(o: Obj, w: Where, id: string, scale: ScaleName): Row[] {
	const lw = { ...w, path: [...w.path, 'levels'] };
	const levels = object(o.levels, lw, '"levels"');
	if (Object.keys(levels).join() !== SCALES[scale].join()) {
		fail(w.f, lw.path, w.entry, `"levels" should define exactly ${SCALES[scale].join(', ')}`);
	}
	return SCALES[scale].map((code) => {
		const cw = { ...lw, path: [...lw.path, code], entry: `${w.entry}, level ${code}` };
		const level = object(levels[code], cw, 'a level');
		knownKeys(level, ['rule', 'example'], cw);
		return {
			feature_id: id,
			code,
			rule: text(level, 'rule', cw),
			example: text(level, 'example', cw)
		};
	});
}

function readFeature(f: YamlFile, value: unknown, i: number, groups: Map<string, Set<string>>) {
	const w: Where = { f, path: ['features', i], entry: `feature ${i + 1}` };
	const o = object(value, w, 'a feature');
	const id = text(o, 'id', w) as string;
	w.entry = `feature "${id}"`;
	if (!/^[a-z][a-z0-9_]*$/.test(id)) fail(f, [...w.path, 'id'], w.entry, 'id should be snake_case');
	knownKeys(o, FEATURE_KEYS, w);
	const scale = oneOf(o, 'scale', w, SCALE_NAMES) as ScaleName;
	const group = oneOf(o, 'group', w, [...groups.keys()]);
	const subs = [...(groups.get(group) ?? [])];
	const subgroup = subs.length ? oneOf(o, 'subgroup', w, subs) : text(o, 'subgroup', w, false);
	const levels = readLevels(o, w, id, scale);
	const feature: Row = {
		feature_id: id,
		label: text(o, 'label', w),
		group,
		subgroup,
		definition: text(o, 'definition', w),
		scale,
		coding_rule: levels.map((l) => `${l.code}: ${l.rule}`).join(' '),
		not_counted: text(o, 'not_counted', w)
	};
	return { feature, levels };
}

/** Reads and validates the codebook; it defines which features and codes the country files may use. */
export async function readCodebook(path: string): Promise<Codebook> {
	const f = await readYaml(path);
	const top: Where = { f, path: [], entry: '' };
	const root = object(f.data, top, 'the codebook');
	knownKeys(root, ROOT_KEYS, top);
	const rw: Where = { f, path: ['rules'], entry: 'rules' };
	const rules = object(root.rules, rw, '"rules"');
	knownKeys(rules, RULE_KEYS, rw);
	for (const key of RULE_KEYS) text(rules, key, rw);
	checkScales(f, root.scales);
	const groups = readGroups(f, root.groups);
	const items = list(root.features, { f, path: ['features'], entry: '' }, '"features"');
	const read = items.map((item, i) => readFeature(f, item, i, groups));
	const scaleOf = new Map<string, ScaleName>();
	read.forEach(({ feature }, i) => {
		const id = String(feature.feature_id);
		if (scaleOf.has(id)) fail(f, ['features', i, 'id'], `feature "${id}"`, 'duplicate feature id');
		scaleOf.set(id, feature.scale as ScaleName);
	});
	const features = read.map((r) => r.feature);
	features.sort((a, b) => compareText(String(a.feature_id), String(b.feature_id)));
	const levels = read.flatMap((r) => r.levels);
	levels.sort(
		(a, b) =>
			compareText(String(a.feature_id), String(b.feature_id)) ||
			compareText(String(a.code), String(b.code))
	);
	return { features, levels, scaleOf };
}
