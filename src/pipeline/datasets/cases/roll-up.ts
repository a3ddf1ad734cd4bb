/**
 * Roll-up: a cases dataset's daily counts summed from the areas of its join
 * layer (children) into the areas of a parent layer (districts into counties or
 * regions), so that the parents get series, rates and maps of their own.
 *
 * Honest sums only. A parent's day has a figure when every child with data
 * reported that day (otherwise it is "no data", as for an area); a parent some
 * of whose children have no data at all is left out (or, with `partial:
 * "label"`, kept with `partial` saying how many of its areas are in: its name
 * stays its own, and pages say the count in their language), and the
 * warnings say which children were missing. A parent's population is the sum of
 * its counted children's, so its rate covers the same areas as its counts.
 */
import type { RollUpConfig } from '../../config/schema.ts';
import { DailyCounts, NOT_SEEN } from '../../aggregate/daily-counts.ts';
import type { LoadedLayer } from '../../run/loaded-layer.ts';
import { readLookup } from '../../ingest/read-lookup.ts';
import { interiorPoint } from '../../geo/interior-point.ts';
import type { AreaRef, CasesAccumulated } from './area-figures.ts';
import type { DatasetWarning, RollUpArea, RollUpParent } from '../../../lib/data-reasons.ts';
import type { PartialSum } from '../../../lib/cases-files.ts';
import { reportedSeries } from './reported-series.ts';

/** The parent of each child area. */
export interface RollUpMapping {
  /** Parent feature index per child feature index; -1 when the child has no parent in the parent layer. */
  parentOf: Int32Array;
  /** How the mapping was made and what did not map, for the dataset's warnings (coded). */
  warnings: DatasetWarning[];
}

const LISTED = 10;

/**
 * Maps each child feature to a parent feature, by the child layer's parent
 * property, a lookup CSV, or the parent containing a point inside the child; a
 * child nothing maps whose own code is a parent code (a unitary area, a Scottish
 * council area that is both tiers) stands for itself.
 */
export async function rollUpMapping(
  child: LoadedLayer,
  parent: LoadedLayer,
  via: RollUpConfig['via'],
  baseDir: string,
): Promise<RollUpMapping> {
  const to = parent.id;
  const warnings: DatasetWarning[] = [];
  const parentOf = new Int32Array(child.features.length).fill(-1);
  let given: (i: number) => string | null;
  if (via === 'within') {
    const index = parent.spatial();
    given = (i) => {
      const feature = child.features[i];
      const point = feature === undefined ? null : interiorPoint(feature.geometry);
      const at = point === null ? -1 : index.locate(point[0], point[1]);
      return at < 0 ? null : (parent.features[at]?.code ?? null);
    };
  } else if (via === 'parent') {
    given = (i) => child.features[i]?.parent ?? null;
  } else {
    const table = await readLookup(via, baseDir);
    for (const r of table.rejected.slice(0, LISTED)) {
      warnings.push({ code: 'rollUpRowNotUsed', to, file: via.file, ...r });
    }
    if (table.rejected.length > LISTED)
      warnings.push({ code: 'rollUpMoreRowsNotUsed', to, file: via.file, rows: table.rejected.length - LISTED });
    // The lookup may spell a child with a code the layer knows by an alias: resolve both ways.
    const byIndex = new Map<number, string>();
    for (const [c, p] of table.parentOf) {
      const i = child.resolveCode(c);
      if (i >= 0 && !byIndex.has(i)) byIndex.set(i, p);
    }
    given = (i) => byIndex.get(i) ?? null;
  }
  const unknownParents = new Map<string, number>();
  const selves: string[] = [];
  const orphans: RollUpArea[] = [];
  child.features.forEach((f, i) => {
    const p = given(i);
    if (p !== null) {
      const at = parent.resolveCode(p);
      if (at >= 0) parentOf[i] = at;
      else unknownParents.set(p, (unknownParents.get(p) ?? 0) + 1);
      return;
    }
    const self = parent.resolveCode(f.code);
    if (self >= 0) {
      parentOf[i] = self;
      selves.push(f.code);
    } else {
      orphans.push({ name: f.name, code: f.code });
    }
  });
  if (selves.length > 0) {
    warnings.push({
      code: 'rollUpSelves',
      to,
      child: child.id,
      parent: parent.id,
      areas: selves.length,
      codes: selves.slice(0, LISTED),
    });
  }
  if (unknownParents.size > 0) {
    warnings.push({
      code: 'rollUpUnknownParents',
      to,
      parent: parent.id,
      codes: unknownParents.size,
      examples: [...unknownParents.keys()].slice(0, LISTED),
    });
  }
  if (orphans.length > 0) {
    warnings.push({
      code: 'rollUpOrphans',
      to,
      child: child.id,
      parent: parent.id,
      areas: orphans.length,
      items: orphans.slice(0, LISTED),
    });
  }
  return { parentOf, warnings };
}

export interface RolledUp {
  acc: CasesAccumulated;
  warnings: DatasetWarning[];
}

/** Sums the children's accumulated counts into the parents (see the module comment for the rules). */
export function rollUpCases(
  acc: CasesAccumulated,
  mapping: RollUpMapping,
  parent: LoadedLayer,
  partial: RollUpConfig['partial'],
  child: { id: string; label: string; dataset: string },
): RolledUp {
  const to = parent.id;
  const from = child.id;
  const childLabel = child.label.toLowerCase();
  const warnings: DatasetWarning[] = [];
  const parentLabel = parent.config.label.toLowerCase();
  const children: number[][] = parent.features.map(() => []);
  mapping.parentOf.forEach((p, c) => {
    if (p >= 0) children[p]?.push(c);
  });
  const metrics = acc.metricKeys.map((_, m) => m);
  const hasData = (c: number): boolean => metrics.some((m) => acc.counts.has(m, c));
  const counts = new DailyCounts();
  const areas: AreaRef[] = [];
  const omitted: RollUpParent[] = [];
  const labelled: RollUpParent[] = [];
  let gapDays = 0;
  const gapParents: string[] = [];
  // Days (m * span + day offset) on which a parent has no figure for some children's missing reports.
  const span = acc.lastDay - acc.firstDay + 1;
  const gapsOf: Set<number>[] = parent.features.map(() => new Set());
  const countableParents = new Set<number>();
  parent.features.forEach((feature, p) => {
    const all = children[p] ?? [];
    const counted = all.filter(hasData);
    const missing = all.filter((c) => !hasData(c)).map((c) => areaOf(acc.areas[c]));
    let part: PartialSum | undefined;
    const countable = counted.length > 0 && (missing.length === 0 || partial === 'label');
    if (counted.length > 0 && missing.length > 0) {
      const line: RollUpParent = { name: feature.name, code: feature.code, missing };
      if (partial === 'omit') omitted.push(line);
      else {
        labelled.push(line);
        part = { counted: counted.length, of: all.length };
      }
    }
    const population = countable ? sumPopulation(counted.map((c) => acc.areas[c]?.population ?? null)) : null;
    const area: AreaRef = { code: feature.code, name: feature.name, population };
    if (part !== undefined) area.partial = part;
    areas.push(area);
    if (!countable) return;
    countableParents.add(p);
    let gaps = 0;
    for (const m of metrics) {
      const slots = counted.filter((c) => acc.counts.has(m, c)).map((c) => acc.counts.slot(m, c));
      if (slots.length === 0) continue;
      const target = counts.slot(m, p);
      for (let d = acc.firstDay; d <= acc.lastDay; d++) {
        // A day a cumulative total was carried over (skipped, or its row fell and was rejected) is
        // reported as nothing new, as the child's own series shows it: not a missing report.
        const reported = slots.filter((s) => acc.counts.state(s, d) !== NOT_SEEN).length;
        if (reported === 0) continue;
        // Some children reported this day and some did not: the parent has no figure for it.
        if (reported < counted.length) {
          gaps++;
          gapsOf[p]?.add(m * span + d - acc.firstDay);
          continue;
        }
        let sum = 0;
        for (const s of slots) sum += acc.counts.count(s, d);
        counts.markSeen(target, d);
        counts.add(target, d, sum);
      }
    }
    if (gaps > 0) {
      gapDays += gaps;
      gapParents.push(feature.name);
    }
  });
  for (const [code, parents] of [
    ['rollUpOmitted', omitted],
    ['rollUpPartial', labelled],
  ] as const) {
    if (parents.length === 0) continue;
    warnings.push({
      code,
      to,
      from,
      parents: parents.length,
      parentLabel,
      childLabel,
      items: parents.slice(0, LISTED),
    });
  }
  if (gapDays > 0) {
    warnings.push({
      code: 'rollUpGaps',
      to,
      from,
      days: gapDays,
      childLabel,
      parents: gapParents.length,
      names: gapParents.slice(0, LISTED),
    });
  }
  const notPlaced = parentsNotPlaced(
    acc,
    parent,
    (p, m, d) => countableParents.has(p) && !gapsOf[p]?.has(m * span + d - acc.firstDay),
  );
  for (const w of notPlaced?.warnings ?? [])
    warnings.push(w.code === 'rollUpNotPlaced' ? { ...w, to, dataset: child.dataset } : { ...w, to });
  return {
    acc: {
      counts,
      metricKeys: acc.metricKeys,
      areas,
      ...(notPlaced?.counts !== undefined ? { parentNotPlaced: notPlaced.counts } : {}),
      firstDay: Math.min(counts.minDay, acc.unplaced?.counts.minDay ?? Number.POSITIVE_INFINITY),
      lastDay: Math.max(counts.maxDay, acc.unplaced?.counts.maxDay ?? Number.NEGATIVE_INFINITY),
      ...(partial === 'label' ? { partialSums: true } : {}),
      // Counts of no area are in the parents' total, as in the areas'; with columns.parent in their parent's too.
      ...(acc.unplaced !== undefined ? { unplaced: acc.unplaced } : {}),
    },
    warnings,
  };
}

function sumPopulation(values: readonly (number | null)[]): number | null {
  let sum = 0;
  for (const v of values) {
    // One child without a population would make the parent's rate cover people it does not count.
    if (v === null) return null;
    sum += v;
  }
  return sum;
}

function areaOf(area: AreaRef | undefined): RollUpArea {
  return area === undefined ? { name: '?', code: '?' } : { name: area.name, code: area.code };
}

type NotPlacedWarning =
  | { code: 'rollUpNotPlaced'; rows: number }
  | {
      code: 'rollUpParentUnknown';
      column: string;
      rows: number;
      items: { value: string; file: string; line: number; rows: number }[];
      more: number;
    };

/**
 * The counts of no area by parent, from the series `columns.parent` placed (each added on the days
 * `counts(p, m, d)` allows: a parent with figures, not on a day it has none), with what was left out:
 * every series when no column names their parent, or those whose parent is no area of the layer.
 * Null when the dataset has no rows of no area.
 */
function parentsNotPlaced(
  acc: CasesAccumulated,
  parent: LoadedLayer,
  counts: (p: number, metric: number, day: number) => boolean,
): { counts?: DailyCounts; warnings: NotPlacedWarning[] } | null {
  const unplaced = acc.unplaced;
  if (unplaced === undefined || unplaced.rows === 0) return null;
  if (unplaced.parents === undefined) return { warnings: [{ code: 'rollUpNotPlaced', rows: unplaced.rows }] };
  const byName = namesOf(parent);
  const out = new DailyCounts();
  const unknown = new Map<string, { value: string; file: string; line: number; rows: number }>();
  let unknownRows = 0;
  unplaced.parents.forEach((where, s) => {
    const at = parent.resolveCode(where.value);
    const p = at >= 0 ? at : (byName.get(where.value.toLowerCase()) ?? -1);
    if (p < 0) {
      if (where.rows === 0) return;
      const seen = unknown.get(where.value);
      if (seen === undefined)
        unknown.set(where.value, { value: where.value, file: where.file, line: where.line, rows: where.rows });
      else seen.rows += where.rows;
      unknownRows += where.rows;
      return;
    }
    acc.metricKeys.forEach((_, m) => {
      const series = reportedSeries(unplaced.counts, m, s, acc.firstDay, acc.lastDay);
      if (series === null) return;
      const target = out.slot(m, p);
      series.forEach((n, i) => {
        const day = acc.firstDay + i;
        if (n === null || !counts(p, m, day)) return;
        out.markSeen(target, day);
        out.add(target, day, n);
      });
    });
  });
  const warnings: NotPlacedWarning[] = [];
  if (unknown.size > 0) {
    const items = [...unknown.values()].sort((a, b) => b.rows - a.rows || (a.value < b.value ? -1 : 1));
    warnings.push({
      code: 'rollUpParentUnknown',
      column: unplaced.parents[0]?.column ?? '',
      rows: unknownRows,
      items: items.slice(0, LISTED),
      more: Math.max(0, items.length - LISTED),
    });
  }
  return { counts: out, warnings };
}

/** The parent layer's areas by name, lower case; a name two areas share names neither. */
function namesOf(layer: LoadedLayer): Map<string, number> {
  const byName = new Map<string, number>();
  const shared = new Set<string>();
  layer.features.forEach((f, i) => {
    const key = f.name.trim().toLowerCase();
    if (byName.has(key)) shared.add(key);
    else byName.set(key, i);
  });
  for (const key of shared) byName.delete(key);
  return byName;
}
