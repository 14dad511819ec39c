import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorView } from '@codemirror/view';
import { tags as t } from '@lezer/highlight';

/**
 * SQL highlighting in the site's colours: each token colour is a custom property of
 * src/lib/styles/tokens.css with a light and a dark value (CodeMirror's default style is for
 * light backgrounds only, and its purple keywords fall under 4.5:1 on the dark page).
 */
export const sqlHighlighting = syntaxHighlighting(
	HighlightStyle.define([
		{ tag: t.keyword, color: 'var(--code-keyword)' },
		{ tag: [t.string, t.special(t.string)], color: 'var(--code-string)' },
		{ tag: [t.number, t.bool, t.null], color: 'var(--code-number)' },
		{ tag: [t.comment, t.lineComment, t.blockComment], color: 'var(--code-comment)' },
		{ tag: [t.typeName, t.standard(t.name)], color: 'var(--code-type)' },
		{ tag: [t.operator, t.punctuation], color: 'var(--fg)' }
	])
);

/**
 * The active line's tint from the tokens: CodeMirror picks its light or dark tint from the editor
 * theme, not from the page's scheme, so on the dark page it laid a light tint under the text.
 */
export const sqlEditorTheme = EditorView.theme({
	'.cm-activeLine, .cm-activeLineGutter': { backgroundColor: 'var(--code-active-line)' },
	'.cm-gutters': {
		backgroundColor: 'var(--surface)',
		color: 'var(--muted)',
		borderColor: 'var(--border)'
	}
});
