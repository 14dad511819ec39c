import { shared } from './shared.server';

/** The index of profiles: every country with data, the programme's first. */
export const load = async () => ({ countries: (await shared()).countries });
