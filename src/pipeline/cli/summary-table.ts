/** The closing table of the data step: one line per dataset, with its row accounting. */
import type { DatasetResult } from '../build-data.ts';
import { leftOutText } from '../run/row-filter.ts';

const HEAD = [
  'dataset',
  'kind',
  'counted',
  'in',
  'accepted',
  'rejected',
  'unknown codes',
  'duplicates',
  'seconds',
  'per s',
  '',
];

/**
 * Renders results as an aligned plain-text table (numbers right-aligned). `counted` says what the
 * figures count: rows, or cells for a dataset of wide files (one column per period). Unknown codes are
 * counted in rows either way (a row is what has the code), with the cells beside them for wide files.
 */
export function summaryTable(results: readonly DatasetResult[], failed: readonly { id: string }[] = []): string {
  const n = (v: number): string => v.toLocaleString('en-GB');
  // A `left out` column only when some dataset's config filters rows (`rows.where`, `rows.except`).
  const filtered = results.some((r) => r.entry.quality.leftOut !== undefined);
  const head = filtered ? [...HEAD.slice(0, 6), 'left out', ...HEAD.slice(6)] : HEAD;
  const rows = results.map((r) => {
    const q = r.entry.quality;
    const unknown = q.unknownCodes.reduce((s, u) => s + u.rows, 0);
    const unknownCells = q.unknownCodes.reduce((s, u) => s + (u.cells ?? 0), 0);
    const codes = `${q.unknownCodes.length} ${q.unknownCodes.length === 1 ? 'code' : 'codes'}`;
    return [
      r.id,
      r.entry.kind,
      q.unit ?? 'rows',
      n(q.rowsIn),
      n(q.accepted),
      n(q.rejected),
      ...(filtered ? [q.leftOut === undefined ? '-' : n(q.leftOut)] : []),
      unknown === 0
        ? '0'
        : q.unit === 'cells'
          ? `${n(unknown)} ${unknown === 1 ? 'row' : 'rows'}, ${n(unknownCells)} cells (${codes})`
          : `${n(unknown)} (${codes})`,
      n(q.duplicates),
      r.cached ? '-' : r.seconds.toFixed(2),
      r.cached || r.seconds === 0 ? '-' : n(Math.round(q.rowsIn / r.seconds)),
      // A roll-up's rows are its source's: say so rather than count them as read twice.
      (r.entry.derivedFrom !== undefined ? `summed from ${r.entry.derivedFrom}` : r.cached ? 'cached' : 'built') +
        // Assets nothing could check (no layer anywhere): the warning above says how to fix it.
        (q.warningsCoded?.some((w) => w?.code === 'placementUnchecked') ? ', placement not checked' : ''),
    ];
  });
  for (const f of failed) rows.push([f.id, ...head.slice(1, -1).map(() => ''), 'FAILED']);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  // The figures (from `in` to `per s`) are right-aligned.
  const lastFigure = head.length - 2;
  const fmt = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (i >= 3 && i <= lastFigure ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  // Each filtering dataset's left-out rows by value, and the sum that accounts for every row.
  const leftOut = results
    .filter((r) => r.entry.quality.leftOut !== undefined && r.entry.derivedFrom === undefined)
    .map((r) => {
      const q = r.entry.quality;
      const unit = q.unit ?? 'rows';
      return (
        `${r.id}: ${n(q.rowsIn)} ${unit} in = ${n(q.accepted)} accepted + ${n(q.rejected)} rejected + ${n(q.leftOut ?? 0)} left out` +
        ((q.leftOut ?? 0) > 0 ? ` by the config's rows filter (${leftOutText(q)})` : '')
      );
    });
  // Each dataset's accepted rows placed in no area (`unplacedValues`), by value.
  const notPlaced = results
    .filter((r) => r.entry.quality.notPlaced !== undefined && r.entry.derivedFrom === undefined)
    .map((r) => {
      const q = r.entry.quality;
      const by = (q.notPlacedBy ?? []).map((b) => `${JSON.stringify(b.value)}: ${n(b.count)}`).join(', ');
      // Roll-ups add them to their parents' figures when columns.parent names them (no rollUpNotPlaced warning).
      const rollUps = results.filter((d) => d.entry.derivedFrom === r.id);
      const inParents =
        rollUps.length > 0 &&
        rollUps.every((d) => !(d.entry.quality.warningsCoded ?? []).some((w) => w?.code === 'rollUpNotPlaced'));
      const where = inParents
        ? 'in the total of all areas and in the roll-up parent columns.parent names'
        : 'in the total of all areas only';
      return `${r.id}: ${n(q.notPlaced ?? 0)} of the ${n(q.accepted)} accepted ${q.unit ?? 'rows'} not placed in an area${by === '' ? '' : ` (${by})`}, counted ${where}`;
    });
  const notes = [...leftOut, ...notPlaced];
  return [
    fmt(head),
    widths.map((w) => '─'.repeat(w)).join('  '),
    ...rows.map(fmt),
    ...(notes.length > 0 ? ['', ...notes] : []),
  ].join('\n');
}
