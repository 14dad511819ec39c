import type { Query } from './query';

/** The editions of each indicator that have at least one value, for the year pickers. */
export const exploreYearsQuery = (): Query => ({
	columns: ['indicator_id', 'year'],
	sql: `SELECT DISTINCT indicator_id, CAST(year AS INTEGER) AS year
FROM observations WHERE value IS NOT NULL
ORDER BY indicator_id, year`,
	params: []
});
