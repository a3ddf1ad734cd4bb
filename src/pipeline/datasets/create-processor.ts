/** Picks the processor for a dataset's kind from the registry of kinds. */
import type { DatasetProcessor, ProcessorContext } from './dataset-processor.ts';
import { PIPELINE_KINDS, type PipelineKind } from './dataset-kinds.ts';
import type { DatasetKind } from '../../lib/dataset-kinds.ts';

export function createProcessor(ctx: ProcessorContext): DatasetProcessor {
  // The registry is keyed by kind, so the entry found takes exactly this config's type.
  const kind = PIPELINE_KINDS[ctx.config.kind] as PipelineKind<DatasetKind>;
  return kind.createProcessor(ctx);
}
