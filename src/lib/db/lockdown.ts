/**
 * Where the console's user files are registered in DuckDB-WASM's file system: the one place SQL
 * may read files from once external access is off.
 */
export const USER_FILES = 'user-files/';

/** The path a user's file is registered under while it is read into a table. */
export const userFilePath = (table: string, ext: string) =>
	`${USER_FILES}${table.replace(/[^A-Za-z0-9_-]/g, '_')}.${ext}`;

/**
 * The settings that close DuckDB to the outside, in order: no extension is installed or loaded,
 * no file or URL is read except the user's own files, and, last, no SQL can change any of this.
 */
export function lockdownStatements(userFiles = USER_FILES): string[] {
	return [
		'SET autoinstall_known_extensions = false',
		'SET autoload_known_extensions = false',
		'SET allow_community_extensions = false',
		`SET allowed_directories = ['${userFiles.replaceAll("'", "''")}']`,
		'SET enable_external_access = false',
		'SET lock_configuration = true'
	];
}
