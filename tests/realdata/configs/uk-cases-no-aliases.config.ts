// The UK cases configuration without the Scottish code aliases: Glasgow City's and North
// Lanarkshire's rows must then be reported as unknown codes, not dropped.
import ukCases from './uk-cases.config.ts';

export default {
  ...ukCases,
  areaLayers: { ltla: { ...ukCases.areaLayers.ltla, aliases: {} } },
  datasets: ukCases.datasets.map((d) => ({ ...d, maxRejectedShare: 0.05 })),
};
