import { vMarksKey } from '$lib/i18n/pages/views';

/** What the rings and diamonds on a line chart stand for, said wherever strategy marks are drawn. */
export const marksKey = vMarksKey;

/** The key in English. */
export const MARKS_KEY = vMarksKey.texts.en;
