// Real data: the UK recycling rates (uk-recycling.config.ts) with the ONS English regions as a
// second area layer, so each council's profile names its region and each region's profile the
// councils in it, measured by area of overlap. Built for the area-profile Lighthouse figures.
import type { AtlasConfigInput } from '../../../src/pipeline/config/schema.ts';
import recycling from './uk-recycling.config.ts';

export default {
  ...recycling,
  site: { ...recycling.site, title: 'UK recycling rates: area profiles' },
  areaLayers: {
    ...recycling.areaLayers,
    rgn: {
      label: 'Regions of England',
      file: recycling.areaLayers.ltla.file,
      layer: 'rgn',
      codeProperty: 'areacd',
      nameProperty: 'areanm',
      attribution: recycling.areaLayers.ltla.attribution,
    },
  },
} satisfies AtlasConfigInput;
