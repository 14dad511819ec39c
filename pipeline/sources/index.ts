import type { PipelineSource } from '../lib/types.ts';
import { unEgdi } from './un-egdi.ts';

/** Every benchmark source, in the order the pipeline reads them. */
export const SOURCES: PipelineSource[] = [unEgdi];
