/** Two small hand-made asset tables for the shared-code tests. */
import { DEFAULT_ASSET_CATEGORIES, type AssetsTable } from '../../../../src/lib/assets-files.ts';

export function councilTable(): AssetsTable {
  return {
    dataset: 'council',
    layer: 'wards',
    sizeUnit: 'ha',
    count: 4,
    categories: [...DEFAULT_ASSET_CATEGORIES],
    dict: {
      tenure: ['Freehold', 'Leasehold'],
      holding: ['Parks, Gardens and open space', 'Offices'],
      owner: ['Example Council'],
      area: [
        { code: 'W2', name: 'North Ward' },
        { code: 'W1', name: 'Castle Ward' },
      ],
      unplaced: ['no coordinates'],
    },
    id: ['010000000001', '010000000002', 'C/3', '010000000004'],
    slugs: { '2': 'c-3' },
    uprn: ['010000000001', '010000000002', '', '010000000004'],
    name: ['Town Hall', '<b>Old Library</b>', 'Depot', ''],
    address: ['1 High St', '2 High St', 'Mill Lane', '4 Low Rd'],
    postcode: ['AB1 1AA', '', 'AB1 2BB', ''],
    lon: [-1.5, -1.51, null, -1.49],
    lat: [52.5, 52.51, null, 52.49],
    status: [2, 0, 1, 0],
    tenure: [0, 0, 1, -1],
    holding: [1, 0, 1, 0],
    owner: [0, 0, 0, 0],
    area: [1, 0, -1, 1],
    size: [0.5, 1.25, null, 3],
    unplaced: [-1, -1, 0, -1],
    dates: { listedDate: ['2024-01-15', null, null, null] },
  };
}

export function registerTable(): AssetsTable {
  return {
    dataset: 'register',
    layer: 'wards',
    sizeUnit: 'm²',
    count: 2,
    categories: [...DEFAULT_ASSET_CATEGORIES],
    dict: {
      tenure: ['FREEHOLD'],
      holding: [],
      owner: ['Private'],
      area: [{ code: 'W1', name: 'Castle Ward' }],
      unplaced: [],
    },
    id: ['R1', 'R2'],
    slugs: { '0': 'r1', '1': 'r2' },
    name: ['Yard', 'Garage, rear of 5 Mill Lane'],
    address: ['', ''],
    postcode: ['', ''],
    lon: [-1.52, -1.53],
    lat: [52.52, 52.53],
    status: [0, 3],
    tenure: [0, 0],
    holding: [-1, -1],
    owner: [0, 0],
    area: [0, 0],
    size: [20000, 500],
    unplaced: [-1, -1],
    dates: {},
  };
}
