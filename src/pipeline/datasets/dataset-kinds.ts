/**
 * The registry of dataset kinds, pipeline part: each kind's config schema (its
 * option of `datasetSchema`) and the processor that turns its rows into output
 * files and manifest fields. Keyed by the shared registry's ids
 * (`src/lib/dataset-kinds.ts`, which holds labels and routes): a kind missing
 * from either, or from the config schema, is a type error here.
 */
import type { z } from 'zod';
import {
  assetsDatasetSchema,
  casesDatasetSchema,
  indicatorDatasetSchema,
  type DatasetConfig,
  type DatasetKindId,
} from '../config/schema.ts';
import type { DatasetKind } from '../../lib/dataset-kinds.ts';
import type { DatasetEntry } from '../../lib/manifest.ts';
import type { DatasetProcessor, ProcessorContext } from './dataset-processor.ts';
import { createCasesProcessor } from './cases/cases-processor.ts';
import { createAssetsProcessor } from './assets/assets-processor.ts';
import { createIndicatorProcessor } from './indicator/indicator-processor.ts';

/** The config of one kind of dataset. */
export type KindConfig<K extends DatasetKind> = Extract<DatasetConfig, { kind: K }>;

export interface PipelineKind<K extends DatasetKind> {
  /** The kind's keys in the config, documented in data/CONFIG.md under `kind: "<id>"`. */
  schema: z.ZodType<KindConfig<K>, unknown>;
  /** Makes the processor for one dataset of the kind. */
  createProcessor(ctx: ProcessorContext<KindConfig<K>>): DatasetProcessor;
}

/** Every kind the pipeline can build, in the shared registry's order. */
export const PIPELINE_KINDS: { [K in DatasetKind]: PipelineKind<K> } = {
  cases: { schema: casesDatasetSchema, createProcessor: createCasesProcessor },
  assets: { schema: assetsDatasetSchema, createProcessor: createAssetsProcessor },
  indicator: { schema: indicatorDatasetSchema, createProcessor: createIndicatorProcessor },
};

// The config schema's kinds, the manifest's entries and the shared registry's ids must be the same set.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const kindsAgree: [Same<DatasetKindId, DatasetKind>, Same<DatasetEntry['kind'], DatasetKind>] = [true, true];
void kindsAgree;
