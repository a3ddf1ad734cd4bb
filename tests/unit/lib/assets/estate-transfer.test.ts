import { describe, expect, it } from 'vitest';
import { buildEstate } from '../../../../src/lib/assets/estate.ts';
import { packEstate, unpackEstate } from '../../../../src/lib/assets/estate-transfer.ts';
import { councilTable, registerTable } from './tables.ts';

const estate = () =>
  buildEstate([
    { id: 'council', title: 'Council register', table: councilTable() },
    { id: 'register', title: 'Brownfield register', table: registerTable() },
  ]);

describe('estate transfer', () => {
  it('gives back the same estate after a structured clone that moves its buffers', () => {
    const e = estate();
    // Names with the characters a join could be confused by, and empty values between others.
    const names = e.tables[0]!.name;
    names[0] = 'Hall, “Old” \u0000 – Ŵ 🏠';
    names[1] = '';
    const expected = structuredClone(e);
    const { message, transfer } = packEstate(e);
    const sent = structuredClone(message, { transfer });
    const received = unpackEstate(sent);
    expect(received).toEqual(expected);
    expect(received.lon).toBeInstanceOf(Float64Array);
  });

  it('moves every typed array and sends each text column as one string', () => {
    const e = estate();
    const { message, transfer } = packEstate(e);
    structuredClone(message, { transfer });
    // Moved, not copied: the sender's arrays are left empty.
    expect(e.lon.length).toBe(0);
    expect(e.status.length).toBe(0);
    const table = message.estate.tables[0]!;
    expect('name' in table).toBe(false);
    expect(typeof table.packed.name?.text).toBe('string');
  });
});
