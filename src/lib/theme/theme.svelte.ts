/**
 * The colour scheme. With no choice stored the page follows the system (tokens.css, by CSS
 * alone, before any script runs); the header's toggle stores a choice in localStorage and writes
 * it on <html> as data-theme, after hydration.
 */
export type ThemeChoice = 'light' | 'dark';

export const THEME_KEY = 'egov-theme';

const isChoice = (v: unknown): v is ThemeChoice => v === 'light' || v === 'dark';

class Theme {
	/** The visitor's stored choice; null follows the system. */
	choice = $state<ThemeChoice | null>(null);
	/** The system's scheme, as the browser reports it. */
	system = $state<ThemeChoice>('light');
	/** The scheme the page shows. */
	readonly current = $derived<ThemeChoice>(this.choice ?? this.system);

	/** Reads the stored choice and the system's scheme, and follows the latter's changes. */
	start(): () => void {
		let stored: string | null = null;
		try {
			stored = localStorage.getItem(THEME_KEY);
		} catch {
			// Storage refused (a privacy mode): the toggle still works for this page.
		}
		this.choice = isChoice(stored) ? stored : null;
		const query = matchMedia('(prefers-color-scheme: dark)');
		const follow = () => (this.system = query.matches ? 'dark' : 'light');
		follow();
		query.addEventListener('change', follow);
		this.apply();
		return () => query.removeEventListener('change', follow);
	}

	/** Shows and stores the other scheme than the one shown. */
	toggle(): void {
		this.choice = this.current === 'dark' ? 'light' : 'dark';
		try {
			localStorage.setItem(THEME_KEY, this.choice);
		} catch {
			// As in start().
		}
		this.apply();
	}

	private apply(): void {
		const root = document.documentElement;
		if (this.choice) root.dataset.theme = this.choice;
		else delete root.dataset.theme;
	}
}

export const theme = new Theme();
