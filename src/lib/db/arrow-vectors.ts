import {
	Dictionary,
	Float64,
	Int32,
	makeData,
	makeVector,
	Utf8,
	vectorFromArray,
	type DataType,
	type Vector
} from 'apache-arrow';

function validity(values: unknown[]): { bitmap: Uint8Array; nulls: number } {
	const bitmap = new Uint8Array((values.length + 7) >> 3);
	let nulls = 0;
	values.forEach((v, i) => {
		if (v === null || v === undefined) nulls++;
		else bitmap[i >> 3] = (bitmap[i >> 3] as number) | (1 << (i & 7));
	});
	return { bitmap, nulls };
}

function numbers(values: unknown[], type: Float64 | Int32): Vector {
	const length = values.length;
	const { bitmap, nulls } = validity(values);
	const nullBitmap = nulls ? bitmap : null;
	const fill = <A extends Float64Array | Int32Array>(data: A) => {
		values.forEach((v, i) => (data[i] = v === null || v === undefined ? 0 : Number(v)));
		return data;
	};
	return type instanceof Int32
		? makeVector(
				makeData({ type, length, nullCount: nulls, nullBitmap, data: fill(new Int32Array(length)) })
			)
		: makeVector(
				makeData({
					type,
					length,
					nullCount: nulls,
					nullBitmap,
					data: fill(new Float64Array(length))
				})
			);
}

/** Repeated strings as a dictionary: one copy of each distinct value, an index per row. */
function strings(values: unknown[]): Vector {
	const codes = new Map<string, number>();
	const indices = new Int32Array(values.length);
	values.forEach((v, i) => {
		if (v === null || v === undefined) return;
		const s = String(v);
		let code = codes.get(s);
		if (code === undefined) codes.set(s, (code = codes.size));
		indices[i] = code;
	});
	if (codes.size > values.length / 2)
		return vectorFromArray(values as (string | null)[], new Utf8());
	const dictionary = vectorFromArray([...codes.keys()], new Utf8());
	const { bitmap, nulls } = validity(values);
	const type = new Dictionary(new Utf8(), new Int32());
	return makeVector(
		makeData({
			type,
			length: values.length,
			nullCount: nulls,
			nullBitmap: nulls ? bitmap : null,
			data: indices,
			dictionary
		})
	);
}

/**
 * An Arrow vector from plain values, fast for the common types: numbers go straight into typed
 * arrays and strings into a dictionary (Arrow's generic builder is ten times slower on large columns).
 */
export function toVector(values: unknown[], type: DataType): Vector {
	if (type instanceof Float64 || type instanceof Int32) return numbers(values, type);
	if (type instanceof Utf8) return strings(values);
	return vectorFromArray(values, type);
}
