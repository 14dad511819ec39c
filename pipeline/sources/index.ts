import type { PipelineSource } from '../lib/types.ts';
import { unEgdi } from './un-egdi.ts';
import { euEgovBenchmark } from './eu-egov-benchmark.ts';
import { euEgovServices } from './eu-egov-services.ts';
import { euDesi } from './eu-desi.ts';
import { oecd } from './oecd.ts';
import { euOdm } from './eu-odm.ts';
import { targets } from './targets.ts';

/** Every benchmark source, in the order the pipeline reads them. */
export const SOURCES: PipelineSource[] = [
	unEgdi,
	euEgovBenchmark,
	euEgovServices,
	euDesi,
	oecd,
	euOdm,
	targets
];
