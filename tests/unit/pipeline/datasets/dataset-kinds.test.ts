import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../../../src/pipeline/config/schema.ts';
import { PIPELINE_KINDS } from '../../../../src/pipeline/datasets/dataset-kinds.ts';
import { DATASET_KIND_IDS } from '../../../../src/lib/dataset-kinds.ts';

describe('PIPELINE_KINDS', () => {
  it('has the shared registry’s kinds, in its order', () => {
    expect(Object.keys(PIPELINE_KINDS)).toEqual(DATASET_KIND_IDS);
  });

  it.each(DATASET_KIND_IDS)('takes the %s schema the config check validates with', (kind) => {
    const option = datasetSchema.options.find((o) => o.shape.kind.value === kind);
    expect(option).toBeDefined();
    expect(PIPELINE_KINDS[kind].schema).toBe(option);
  });
});
