import type { Locale } from '$lib/i18n/locales';

/*
 * Errors the reader sees. The engine and its workers fail before anyone knows which page will show
 * the failure, so an error carries how to say itself (`say`) rather than a sentence; the page that
 * shows it says it in its language. Its `message` stays English, for the console and logs.
 */

/** An error that can say itself in any of the site's languages. */
export class SaidError extends Error {
	constructor(readonly say: (locale: Locale) => string) {
		super(say('en'));
		this.name = 'SaidError';
	}
}

/** What went wrong, for the reader: in `locale` when the error can say it, else its own message. */
export const messageOf = (error: unknown, locale: Locale = 'en'): string =>
	error instanceof SaidError
		? error.say(locale)
		: error instanceof Error
			? error.message
			: String(error);
