/** Picks the processor for a dataset's kind. */
import type { DatasetProcessor, ProcessorContext } from './dataset-processor.ts';
import { createCasesProcessor } from './cases/cases-processor.ts';
import { createAssetsProcessor } from './assets/assets-processor.ts';
import { createIndicatorProcessor } from './indicator/indicator-processor.ts';
import type { AssetsDatasetConfig, CasesDatasetConfig, IndicatorDatasetConfig } from '../config/schema.ts';

export function createProcessor(ctx: ProcessorContext): DatasetProcessor {
  switch (ctx.config.kind) {
    case 'cases':
      return createCasesProcessor(ctx as ProcessorContext<CasesDatasetConfig>);
    case 'assets':
      return createAssetsProcessor(ctx as ProcessorContext<AssetsDatasetConfig>);
    case 'indicator':
      return createIndicatorProcessor(ctx as ProcessorContext<IndicatorDatasetConfig>);
  }
}
