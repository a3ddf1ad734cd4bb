// A register whose names or addresses were UTF-8 read as Windows-1252 and saved again (Trafford's
// "Rent Charge of Â£62") shows them repaired, warns once naming the first file, line and column,
// and keeps the row as published as written. Text that only looks odd stays as it is.
import { describe, expect, it } from 'vitest';
import { assetsConfig, runAssets } from './run-assets.ts';

describe('assets: double-encoded names and addresses', () => {
  const csv = [
    'Ref,Name,Street,Town',
    '1,Sale of a Rent Charge of Â£62 p.a.,High St,Flixton',
    '2,Old Library,Rue de la Gare,Ã‰pinal',
    '3,São Paulo House,Main Road,Sale',
    '4,CafÃ© Pavilion,Park Rd,Hale',
  ].join('\n');
  const config = assetsConfig({
    columns: { id: 'Ref', name: 'Name', address: ['Street', 'Town'] },
    join: { by: 'none' },
  });

  it('shows the repaired text in the name and the address, and leaves real accents alone', async () => {
    const run = await runAssets(csv, config, null);
    expect(run.quality).toMatchObject({ rowsIn: 4, accepted: 4, rejected: 0 });
    expect(run.table.name).toEqual([
      'Sale of a Rent Charge of £62 p.a.',
      'Old Library',
      'São Paulo House',
      'Café Pavilion',
    ]);
    expect(run.table.address).toEqual([
      'High St, Flixton',
      'Rue de la Gare, Épinal',
      'Main Road, Sale',
      'Park Rd, Hale',
    ]);
  });

  it('warns with the number of rows and the first one, and the row as published keeps the text as written', async () => {
    const run = await runAssets(csv, config, null);
    expect(run.quality.warningsCoded).toContainEqual({
      code: 'textRepaired',
      rows: 3,
      file: 'assets.csv',
      line: 2,
      column: 'Name',
      written: 'Sale of a Rent Charge of Â£62 p.a.',
      repaired: 'Sale of a Rent Charge of £62 p.a.',
    });
    expect(run.quality.warnings.join('\n')).toContain(
      '3 rows have a name or address whose UTF-8 was read as Windows-1252',
    );
    expect(run.sourceRows.rows[0]).toContain('Sale of a Rent Charge of Â£62 p.a.');
  });

  it('gives no warning when nothing needed repair', async () => {
    const run = await runAssets(
      ['Ref,Name', '1,São Paulo House', '2,Ãrea'].join('\n'),
      assetsConfig({ columns: { id: 'Ref', name: 'Name' }, join: { by: 'none' } }),
      null,
    );
    expect(run.table.name).toEqual(['São Paulo House', 'Ãrea']);
    expect((run.quality.warningsCoded ?? []).map((w) => w?.code)).not.toContain('textRepaired');
  });
});
