import type { Row } from '../lib/parquet-writer.ts';
import { SourceError } from '../lib/source-error.ts';
import type { PipelineSource, SourceOutput } from '../lib/types.ts';
import { DESI_2020, DESI_2022 } from './eu-desi.ts';

const DIGITAL_DECADE =
	'https://digital-strategy.ec.europa.eu/en/policies/digital-decade-policy-programme';
const ACTION_PLAN_2015 =
	'https://www.digitalhealthnews.eu/research/2408-egovernment-action-plan-to-smooth-access-to-public-services-across-the-eu';

/**
 * Policy targets, each on the indicator that measures it. Not mapped, for want of an indicator:
 * Digital Decade access to e-health records (100 %) and to eID (100 %), and the 2015 action plan's
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
	},
	{
		indicator_id: 'desi2022.egov_users',
		target_value: 50,
		target_year: 2015,
		label:
			'eGovernment Action Plan 2011–2015: 50% of citizens using eGovernment by 2015 (the target counts all citizens, this indicator internet users)',
		source_url: ACTION_PLAN_2015
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
