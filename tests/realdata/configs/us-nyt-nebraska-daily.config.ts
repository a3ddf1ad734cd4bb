// The NYT Nebraska configuration with countType left at its default, "daily", as a person who
// missed that the file's counts are running totals would write it.
import type { AtlasConfigInput } from '../../../src/pipeline/config/schema.ts';
import base from './us-nyt-nebraska.config.ts';

export default {
  ...base,
  datasets: base.datasets.map((d) => ({ ...d, id: 'nyt-nebraska-daily', countType: 'daily' as const })),
} satisfies AtlasConfigInput;
