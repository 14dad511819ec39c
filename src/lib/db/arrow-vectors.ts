import {
	Bool,
	DateMillisecond,
	Dictionary,
	Float64,
	Int32,
	makeData,
	makeVector,
	TimestampMillisecond,
	Utf8,
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

/**
 * Strings as Arrow's UTF-8 layout, written directly: Arrow's own builders compile code with
 * `new Function`, which the site's Content-Security-Policy forbids.
 */
export function utf8Vector(values: readonly unknown[]): Vector<Utf8> {
	const { bitmap, nulls } = validity(values as unknown[]);
	const encoder = new TextEncoder();
	const parts = values.map((v) =>
		v === null || v === undefined ? null : encoder.encode(String(v))
	);
	const valueOffsets = new Int32Array(values.length + 1);
	parts.forEach((p, i) => (valueOffsets[i + 1] = (valueOffsets[i] as number) + (p?.length ?? 0)));
	const data = new Uint8Array(valueOffsets[values.length] as number);
	parts.forEach((p, i) => p && data.set(p, valueOffsets[i] as number));
	const type = new Utf8();
	const nullBitmap = nulls ? bitmap : null;
	return makeVector(
		makeData({ type, length: values.length, nullCount: nulls, nullBitmap, valueOffsets, data })
	);
}

function booleans(values: unknown[]): Vector {
	const { bitmap, nulls } = validity(values);
	const data = new Uint8Array(bitmap.length);
	values.forEach((v, i) => {
		if (v) data[i >> 3] = (data[i >> 3] as number) | (1 << (i & 7));
	});
	const type = new Bool();
	const nullBitmap = nulls ? bitmap : null;
	return makeVector(makeData({ type, length: values.length, nullCount: nulls, nullBitmap, data }));
}

/** Milliseconds since the epoch as 64-bit integers (dates and timestamps share the layout). */
function times(values: unknown[], type: DateMillisecond | TimestampMillisecond): Vector {
	const { bitmap, nulls } = validity(values);
	const data = new BigInt64Array(values.length);
	values.forEach((v, i) => {
		if (v !== null && v !== undefined) data[i] = BigInt(Math.round(Number(v)));
	});
	const nullBitmap = nulls ? bitmap : null;
	return makeVector(
		makeData({ type, length: values.length, nullCount: nulls, nullBitmap, data } as never)
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
	if (codes.size > values.length / 2) return utf8Vector(values);
	const dictionary = utf8Vector([...codes.keys()]);
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
 * An Arrow vector from plain values, without Arrow's builders (ten times slower on large columns,
 * and compiled with `new Function`): numbers go straight into typed arrays, strings into a
 * dictionary; a type not listed here becomes text.
 */
export function toVector(values: unknown[], type: DataType): Vector {
	if (type instanceof Float64 || type instanceof Int32) return numbers(values, type);
	if (type instanceof Bool) return booleans(values);
	if (type instanceof DateMillisecond || type instanceof TimestampMillisecond)
		return times(values, type);
	return strings(values);
}
