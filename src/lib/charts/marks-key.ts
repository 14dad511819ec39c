/** What the rings and diamonds on a line chart stand for, said wherever strategy marks are drawn. */
export const MARKS_KEY =
	'Marked on the lines: strategies and joint agreements (rings) and laws (diamonds), in their year of launch.';
