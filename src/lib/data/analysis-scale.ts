export interface CodeLevel {
	code: string;
	label: string;
}

const ORDINAL: CodeLevel[] = [
	{ code: '0', label: '0 absent' },
	{ code: '1', label: '1 stated aim' },
	{ code: '2', label: '2 operationalised' },
	{ code: '3', label: '3 legally binding' }
];

/**
 * The codebook orders the coordination models from central steering to autonomy; 0 is a text that
 * does not say who steers (silence is 0 on every feature).
 */
const COORDINATION: CodeLevel[] = [
	{ code: '0', label: '0 not stated' },
	{ code: 'C', label: 'C centralised' },
	{ code: 'N', label: 'N networked' },
	{ code: 'D', label: 'D decentralised' }
];

/** The codes of a feature's scale, in order. */
export const levelsOf = (scale: string): CodeLevel[] =>
	scale === 'coordination' ? COORDINATION : ORDINAL;

/** A code's position on its scale (0, 1, 2, …), or null if the scale has no such code. */
export function levelOf(scale: string, code: string): number | null {
	const i = levelsOf(scale).findIndex((l) => l.code === code);
	return i < 0 ? null : i;
}
