import type { Row } from '../lib/parquet-writer.ts';
import { SourceError } from '../lib/source-error.ts';
import type { PipelineSource, SourceOutput } from '../lib/types.ts';
import { DESI_2020, DESI_2022 } from './eu-desi.ts';

/** Decision (EU) 2022/2481 establishing the Digital Decade Policy Programme 2030, Article 4(1)(4). */
const DIGITAL_DECADE = 'https://eur-lex.europa.eu/eli/dec/2022/2481/oj';

/**
 * Policy targets from the Commission's own documents, each on an indicator that measures the same
 * thing. Not mapped, for want of such an indicator: Digital Decade access to e-health records
 * (100 %) and to eID (100 %); the 50 % of citizens using eGovernment by 2015 of the eGovernment
 * Action Plan 2011–2015 (COM(2010) 743) and the Digital Agenda for Europe, which counts all citizens
 * over 2011–2015, while desi2022.egov_users counts internet users and starts in 2017; and that plan's
 * 80 % of businesses using eGovernment (DESI's business indicators measure supply, not use).
 */
export const TARGETS: Row[] = [
	{
		indicator_id: 'desi2022.services_citizens',
		target_value: 100,
		target_year: 2030,
		label:
			'Digital Decade 2030: 100% online provision of key public services, for citizens (Decision (EU) 2022/2481)',
		source_url: DIGITAL_DECADE
	},
	{
		indicator_id: 'desi2022.services_businesses',
		target_value: 100,
		target_year: 2030,
		label:
			'Digital Decade 2030: 100% online provision of key public services, for businesses (Decision (EU) 2022/2481)',
		source_url: DIGITAL_DECADE
	}
];

/** Checks that every target points at an indicator that a source module defines. */
export function checkTargets(targets: Row[], known: ReadonlySet<string>): Row[] {
	targets.forEach((t, i) => {
		if (!known.has(String(t.indicator_id))) {
			const where = { file: 'pipeline/sources/targets.ts', row: i + 1 };
			throw new SourceError(where, `target on unknown indicator "${t.indicator_id}"`);
		}
	});
	return targets;
}

async function read(): Promise<SourceOutput> {
	const known = new Set([...DESI_2020.series, ...DESI_2022.series].map((s) => s.id));
	return { sources: [], indicators: [], observations: [], targets: checkTargets(TARGETS, known) };
}

export const targets: PipelineSource = { folder: '', label: 'Policy targets', read };
