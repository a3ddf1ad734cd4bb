import { describe, expect, it } from 'vitest';
import { summaryTable } from '../../../../src/pipeline/cli/summary-table.ts';
import type { DatasetResult } from '../../../../src/pipeline/build-data.ts';
import type { DatasetEntry } from '../../../../src/lib/manifest.ts';

const entry = (id: string, derivedFrom?: string): DatasetEntry => ({
  id,
  title: id,
  description: '',
  kind: 'cases',
  source: { publisher: 'P', licence: 'L' },
  layer: null,
  quality: {
    files: [],
    rowsIn: 10,
    accepted: 9,
    rejected: 1,
    rejectedByReason: [],
    unknownCodes: [{ code: 'X', rows: 1 }],
    unknownCodeHints: [],
    duplicates: 0,
    warnings: [],
    sampleRejections: [],
  },
  files: {},
  metrics: [],
  firstDate: null,
  lastDate: null,
  ...(derivedFrom ? { derivedFrom } : {}),
});

describe('summaryTable', () => {
  it('marks a roll-up as summed from its source, whose rows it shares', () => {
    const results: DatasetResult[] = [
      { id: 'cases', entry: entry('cases'), cached: false, seconds: 2, bytes: 100 },
      { id: 'cases-utla', entry: entry('cases-utla', 'cases'), cached: false, seconds: 0, bytes: 0 },
    ];
    const lines = summaryTable(results).split('\n');
    expect(lines[0]).toMatch(
      /^dataset +kind +counted +in +accepted +rejected +unknown codes +duplicates +seconds +per s$/,
    );
    expect(lines[2]).toMatch(/^cases +cases +rows +10 +9 +1 +1 \(1 code\) +0 +2\.00 +5 +built$/);
    expect(lines[3]).toMatch(/^cases-utla +cases +rows +10 +9 +1 .* summed from cases$/);
  });

  it('says when assets were placed without any check on where they are', () => {
    const land = entry('land');
    land.quality = { ...land.quality, warningsCoded: [{ code: 'placementUnchecked', assets: 9 }] };
    const lines = summaryTable([{ id: 'land', entry: land, cached: false, seconds: 1, bytes: 10 }]).split('\n');
    expect(lines[2]).toMatch(/ built, placement not checked$/);
  });

  it('says a dataset of wide files was counted in cells', () => {
    const wide = entry('wide');
    wide.quality = { ...wide.quality, unit: 'cells', rowsIn: 30, accepted: 20, rejected: 10 };
    wide.quality.unknownCodes = [{ code: 'X', rows: 1, cells: 10 }];
    const lines = summaryTable([{ id: 'wide', entry: wide, cached: false, seconds: 1, bytes: 10 }]).split('\n');
    // The unknown code is one row of ten period cells: it says one row, not ten.
    expect(lines[2]).toMatch(/^wide +cases +cells +30 +20 +10 +1 row, 10 cells \(1 code\) +0 /);
  });
});
