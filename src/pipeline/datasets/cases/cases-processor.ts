/**
 * Cases datasets (counts by area and day, optionally split by metric): the
 * per-row validation and streaming accumulation. Figures are computed once all
 * rows are in, by `area-figures.ts` and its neighbours, and written by
 * `write-cases-outputs.ts`.
 */
import type { CasesDatasetConfig } from '../../config/schema.ts';
import type { DatasetProcessor, DerivedDataset, ProcessorContext, ProcessorResult } from '../dataset-processor.ts';
import type { OutputWriter } from '../../output/output-writer.ts';
import { rollUpId } from '../../config/load-config.ts';
import { rollUpCases, rollUpMapping } from './roll-up.ts';
import { areaDisplayNames } from '../../../lib/geo/area-display-names.ts';
import { configuredView, mapView } from '../../geo/map-view.ts';
import type { LoadedLayer } from '../../run/loaded-layer.ts';
import { resolveColumns, type ResolvedColumns } from '../../run/column-map.ts';
import {
  DailyCounts,
  MAX_DAILY_COUNT,
  NOT_SEEN,
  fitsDailyCount,
  type SeriesSlot,
} from '../../aggregate/daily-counts.ts';
import {
  parseDate,
  parseNumber,
  missingSet,
  codeMissingSet,
  isMissingValue,
  missingMayBeNumber,
} from '../../ingest/parse-values.ts';
import { isoDay } from '../../../lib/day-number.ts';
import { writeCasesOutputs } from './write-cases-outputs.ts';
import { baselineFirstDay } from './cumulative-baseline.ts';
import type { AreaRef, CasesAccumulated, UnplacedParent } from './area-figures.ts';
import { CodeIndex, spanIs } from '../../run/code-index.ts';
import { FreeAreaSpellings, LayerSpellings, codeFor, freeCodeReason } from '../../run/area-spellings.ts';
import { AreaNameCheck, layerNameOf } from '../../run/area-name-check.ts';
import type { DatasetWarning, RowReason } from '../../../lib/data-reasons.ts';
import { MissingColumnError } from '../../run/column-map.ts';
import { resolveWideColumns } from '../../run/wide-columns.ts';
import { DayMonthOrder } from '../../run/day-month-order.ts';
import { PlaceholderCheck, UnplacedValues, looksUnplaced } from '../../run/unplaced-values.ts';

type CaseColumn = 'area' | 'areaName' | 'date' | 'count' | 'metric' | 'population' | 'parent';

/**
 * For a file wide by area: per area column, on how many rows its count was the sum of the other
 * columns' (a `Total` column read as an area), of the rows with every count read and some cases.
 */
interface TotalColumnCheck {
  file: string;
  headers: string[];
  hits: Int32Array;
  rows: number;
}

/** Rows a column must be the sum of the others on (and 9 in 10 of the rows with counts) to be called a total. */
const TOTAL_MIN_ROWS = 3;

/** One area column of a file wide by area: its header, the area it is (code or name as the config reads it) and the area's index. */
interface AreaColumn {
  index: number;
  header: string;
  code: string;
  area: number;
  /** The index of the `unplacedValues` value the column is (its cells are of no area); -1 for an area's column. */
  noArea: number;
}

export function createCasesProcessor(ctx: ProcessorContext<CasesDatasetConfig>): DatasetProcessor {
  const { config, ledger, layer } = ctx;
  const missing = missingSet(config.missingValues);
  const codeMissing = codeMissingSet(config.missingValues);
  const counts = new DailyCounts();
  const metricKeys: string[] = [];
  const metricIndex = new Map<string, number>();
  // Areas: the layer's features, or (no layer) codes in first-seen order.
  const freeAreas: AreaRef[] = [];
  // Codes as written -> area (the layer's feature, or the free area), for the codes seen so far.
  const codes = new CodeIndex();
  // Areas by spelling (see area-spellings.ts): without a layer, by the text of the area column.
  const spellings = new FreeAreaSpellings();
  const freeIndex = new Map<string, number>();
  const layerSpellings = layer === null ? null : new LayerSpellings(layer);
  const nameCheck = new AreaNameCheck();
  const rowPopulation = new Map<number, number>();
  let file = '';
  let cols: ResolvedColumns<CaseColumn>;
  let header: readonly string[] = [];
  const cumulative = config.countType === 'cumulative';
  // A weekly source: each row's count is its week's, kept on the week's last day and covering the 7 days.
  const weekly = config.period === 'week';
  const step = weekly ? 7 : 1;
  // Falls in a cumulative series kept (rejectNegative: false) as negative daily counts.
  let corrections = 0;
  // Missing days inside cumulative series, carried forward.
  let gaps = 0;
  let gapDays = 0;
  // For rowSpans: the last date text read and its day, the last metric, and by area the name that
  // its rows agree with (see AreaNameCheck.agreeingName; undefined until a row of the area set it).
  let lastDateText = '';
  let lastDateDay = Number.NaN;
  let lastMetric = -1;
  const agreeing: (string | null)[] = [];
  // A marker that reads as a number would turn a count into a missing one: such files take `row`.
  const countsNeedLookup = missingMayBeNumber(missing);
  // A file wide by area (columns.areas): its area columns, each a count per row; empty for a long file.
  const wide = config.columns.areas !== undefined;
  let areaCols: AreaColumn[] = [];
  // Each area column's label resolved once (the header is read twice: checked, then read), so a spelling
  // matched loosely is counted once per column in the spellings warning.
  const labelAreas = new Map<string, number>();
  // Each wide file's check for a total column among the area columns, and the row's counts (NaN: rejected).
  const totalChecks: TotalColumnCheck[] = [];
  let rowCounts = new Float64Array(0);
  // With dateFormat "auto", whether each file's dates show their order (see day-month-order.ts).
  const dayMonth = config.dateFormat === 'auto' ? new DayMonthOrder() : null;
  // Rows of no area (unplacedValues): their counts, one series per value and metric, join the total only.
  const unplaced = new UnplacedValues(config.unplacedValues);
  const unplacedCounts = new DailyCounts();
  // Its series (the area index in unplacedCounts), by key: the value, and in a file of running totals
  // the row's other text fields too (see unplacedSeries).
  const unplacedSeriesIndex = new Map<string, number>();
  // With columns.parent, each series' parent as the file writes it and where its rows are, for the roll-ups.
  const unplacedParents: UnplacedParent[] = [];
  let unplacedRows = 0;
  if (unplaced.active) ledger.placesNoAreaFor();
  const placeholders = new PlaceholderCheck(config.id, !unplaced.active, layer !== null);

  /** The area of `code` (`known` when an earlier row had it, see `codes`); -1 for a code the layer lacks. */
  function areaOf(code: string, fields: readonly string[], known: number | undefined): number {
    if (known !== undefined) return known;
    if (layer !== null) {
      const at = layer.resolveCode(code);
      if (at >= 0) codes.set(code, at);
      // A spelling matched loosely is not remembered, so each of its rows is counted in the warning.
      return at >= 0 ? at : (layerSpellings?.resolve(code) ?? -1);
    }
    const free = spellings.resolve(code);
    if (free === null) return -1;
    const existing = freeIndex.get(free.code);
    if (existing !== undefined) {
      if (code === free.code && !(!unplaced.active && looksUnplaced(code))) codes.set(code, existing);
      return existing;
    }
    const i = freeAreas.length;
    const name = cols.index.areaName >= 0 ? (fields[cols.index.areaName] ?? '').trim() : '';
    const own = free.name !== free.code ? free.name : '';
    freeAreas.push({
      code: free.code,
      name: name || config.areaNames[free.code] || own || free.code,
      population: null,
    });
    freeIndex.set(free.code, i);
    if (code === free.code && !(!unplaced.active && looksUnplaced(code))) codes.set(code, i);
    return i;
  }

  /** Adds an accepted row's count to its series (a cumulative count differenced from the one before). */
  function accumulate(slot: SeriesSlot, day: number, count: number, into: DailyCounts = counts): void {
    const counts = into;
    if (cumulative) {
      // The series' first accepted total (rows come in date order, so it is its earliest day).
      if (!Number.isFinite(slot.lastDay)) slot.firstDay = day;
      counts.add(slot, day, count - slot.lastCumulative);
      if (weekly) counts.carryForward(slot, day - 7, day);
      if (day > slot.lastDay + step && Number.isFinite(slot.lastDay)) {
        counts.carryForward(slot, slot.lastDay, day);
        gaps++;
        gapDays += day - slot.lastDay - step;
      }
      slot.lastCumulative = count;
      slot.lastDay = day;
      return;
    }
    counts.add(slot, day, count);
    if (weekly) counts.carryForward(slot, day - 7, day);
    // For the running-totals check in finish(): rows in date order, and how often a count fell.
    if (day > slot.lastDay) {
      if (slot.orderedDays === 0) slot.firstCount = count;
      else if (count < slot.lastCumulative) slot.falls++;
      slot.orderedDays++;
      slot.lastCumulative = count;
      slot.lastDay = day;
    }
  }

  /**
   * For rowSpans: the day of the date field at `start`..`end` (the text then kept as `lastDateText`),
   * or NaN for text that `row` must read.
   */
  function spanDay(text: string, start: number, end: number): number {
    if (spanIs(text, start, end, lastDateText)) return lastDateDay;
    const rawDate = text.slice(start, end);
    const day = parseDate(rawDate, config.dateFormat, missing);
    if (day === null || Number.isNaN(day)) return Number.NaN;
    lastDateText = rawDate;
    lastDateDay = day;
    dayMonth?.see(rawDate, file, header[cols.index.date] ?? '');
    return day;
  }

  /** For rowSpans: the row's area name as a rejection names it ('' without a name column). */
  function nameAt(text: string, spans: Int32Array): string {
    const ix = cols.index.areaName;
    return ix < 0 ? '' : text.slice(spans[2 * ix], spans[2 * ix + 1]).trim();
  }

  /** The area of a wide file's column label (a code, or a name without a layer); -1 for none. */
  function labelArea(label: string): number {
    const known = labelAreas.get(label);
    if (known !== undefined) return known;
    const at = layer === null && codeFor(label) === null ? -1 : areaOf(label, [], undefined);
    labelAreas.set(label, at);
    return at;
  }

  /** A file's area columns (columns.areas), each resolved to its area; throws naming the columns that are no area. */
  function resolveAreaColumns(name: string, normalised: readonly string[], raw: readonly string[]): AreaColumn[] {
    const spec = config.columns.areas;
    if (spec === undefined) return [];
    const where = `${config.id}: ${name}`;
    // Derived columns (padded, concatenated) are appended after the file's own: never areas.
    const firstDerived = normalised.findIndex((n) => n.startsWith('\u0000'));
    const own = firstDerived < 0 ? raw : raw.slice(0, firstDerived);
    const taken = new Set([cols.index.date, cols.index.metric, cols.index.count].filter((i) => i >= 0));
    const found = resolveWideColumns(spec, own, taken, where, {
      key: 'columns.areas',
      what: 'area',
      listExample: '["Hovedstaden", "Sjælland"]',
      patternExample: '"^E\\\\d{8}$"',
    });
    const resolved = found.map((c) => {
      const noArea = unplaced.match(c.label, '');
      return { index: c.index, header: c.header, code: c.label, area: noArea >= 0 ? -1 : labelArea(c.label), noArea };
    });
    const none = resolved.filter((c) => c.area < 0 && c.noArea < 0);
    if (none.length > 0) {
      const names = none.map((c) => JSON.stringify(c.code)).join(', ');
      const one = none.length === 1;
      const first = none[0]?.code ?? '';
      throw new MissingColumnError(
        layer === null
          ? `${where}: ${one ? 'area column' : 'area columns'} ${names} (config key columns.areas) ${one ? 'cannot name an area' : 'cannot name areas'}: ` +
              `an area's name may not hold /, \\, %, .. or control characters. Leave ${one ? 'it' : 'them'} out of columns.areas, or give ${one ? 'it' : 'each'} a label with the pattern's groups.`
          : `${where}: ${one ? 'area column' : 'area columns'} ${names} (config key columns.areas) ${one ? 'matches' : 'match'} no area of layer "${layer.id}" (${layer.config.label}). ` +
              `Leave ${one ? 'it' : 'them'} out of columns.areas (a total or an unknown-area column is no area: list the area columns, or narrow the pattern), ` +
              `or join ${one ? 'it' : 'them'} to an area with areaLayers.${layer.id}.aliases: { ${JSON.stringify(first)}: "<code in ${layer.config.file}>" }.`,
      );
    }
    return resolved;
  }

  /** A count cell's value, or null when it is rejected (`cellCode`: the area of a wide file's cell). */
  function countOf(rawCount: string, line: number, column: string, cellCode?: string): number | null {
    const count = parseNumber(rawCount, missing, config.decimalSeparator);
    let why: RowReason | null = null;
    if (count === null) why = { code: 'countMissing' };
    else if (Number.isNaN(count) || !Number.isInteger(count)) why = { code: 'countNotWhole' };
    else if (count < 0 && config.rejectNegative) why = { code: 'countNegative' };
    // Held as 32-bit integers: a larger count would wrap silently (2,147,483,648 -> -2,147,483,648).
    else if (!fitsDailyCount(count)) why = { code: 'countOutOfRange', max: MAX_DAILY_COUNT };
    if (why === null) return count;
    ledger.reject(file, line, column, why, rawCount, undefined, cellCode);
    return null;
  }

  /**
   * Adds a read count to its area's series, or rejects it (a cumulative total out of date order, too
   * large a jump, a fall, or a repeated area, day and metric): true when it was accepted.
   */
  function addCount(
    at: { area: number; metric: number; day: number; line: number; cellCode?: string },
    count: number,
    raw: { date: string; count: string; countColumn: string; key: string; keyColumn: string },
    into: DailyCounts = counts,
  ): boolean {
    const counts = into;
    const { area, metric, day, line, cellCode } = at;
    const slot = counts.slot(metric, area);
    // Cumulative counts are differenced from the area's previous row, so rows must come in
    // date order; a repeated day is reported as a duplicate below, an earlier one here.
    if (cumulative && day < slot.lastDay && !counts.isSeen(slot, day)) {
      ledger.reject(
        file,
        line,
        header[cols.index.date] ?? '',
        { code: 'cumulativeOutOfOrder' },
        raw.date,
        undefined,
        cellCode,
      );
      return false;
    }
    if (cumulative && !fitsDailyCount(count - slot.lastCumulative)) {
      const why: RowReason = { code: 'cumulativeJump', max: MAX_DAILY_COUNT };
      ledger.reject(file, line, raw.countColumn, why, raw.count, undefined, cellCode);
      return false;
    }
    if (!counts.markSeen(slot, day)) {
      ledger.rejectDuplicate(file, line, raw.keyColumn, raw.key, undefined, cellCode);
      return false;
    }
    if (cumulative) {
      const change = count - slot.lastCumulative;
      if (change < 0) {
        if (config.rejectNegative) {
          // The day was reported, so it carries the last accepted total forward (nothing new);
          // the next accepted row is differenced from that total and covers this day too.
          counts.markCarried(slot, day);
          ledger.reject(
            file,
            line,
            raw.countColumn,
            FELL,
            fellText(raw.count.trim(), slot, day, count),
            undefined,
            cellCode,
          );
          return false;
        }
        corrections++;
      }
    }
    accumulate(slot, day, count, counts);
    return true;
  }

  /**
   * The series of no area a row's count goes to (`value`: the index of one of the `unplacedValues`).
   * Several rows of one value on one day are several places' counts (the NYT's "Unknown" of each
   * state): daily counts add up in one series per value, but running totals must each be differenced
   * on their own, so in a cumulative file a row's series is also told by its other text fields (its
   * state), leaving out the configured columns and numbers (such as another count column). With
   * `columns.parent` each parent's rows are a series of their own (`line`: the row's, kept for the first).
   */
  function unplacedSeries(value: number, fields: readonly string[] | null, line: number): number {
    let key = String(value);
    const ix = cols.index;
    // With a parent column, each parent's rows of no area are a series of their own, to go to that parent.
    const parent = ix.parent >= 0 && fields !== null ? (fields[ix.parent] ?? '').trim() : null;
    if (parent !== null) key += `\u0001${parent}`;
    if (cumulative && fields !== null) {
      const used = new Set([ix.date, ix.count, ix.metric, ix.population]);
      const other = fields.filter((f, i) => !used.has(i) && !/^[\s\d.,+-]*$/.test(f)).map((f) => f.trim());
      key += `\u0000${other.join('\u0000')}`;
    }
    let series = unplacedSeriesIndex.get(key);
    if (series === undefined) {
      series = unplacedSeriesIndex.size;
      unplacedSeriesIndex.set(key, series);
      if (parent !== null)
        unplacedParents.push({ value: parent, file, line, column: header[ix.parent] ?? '', rows: 0 });
    }
    return series;
  }

  /**
   * Adds a count of no area to its series (`series`, see {@link unplacedSeries}); true when accepted.
   * Daily counts of one series on one day add up; a running total repeated on a day is a duplicate.
   */
  function addUnplaced(
    at: { series: number; metric: number; day: number; line: number; cellCode?: string },
    count: number,
    raw: { date: string; count: string; countColumn: string; key: string; keyColumn: string },
  ): boolean {
    const { series, metric, day, line, cellCode } = at;
    if (cumulative)
      return addCount(
        { area: series, metric, day, line, ...(cellCode === undefined ? {} : { cellCode }) },
        count,
        raw,
        unplacedCounts,
      );
    const slot = unplacedCounts.slot(metric, series);
    unplacedCounts.markSeen(slot, day);
    accumulate(slot, day, count, unplacedCounts);
    return true;
  }

  /** A row of a file wide by area: its date (and metric) once, then each area column's count as a cell of its own. */
  function wideRow(fields: readonly string[], line: number): void {
    const ix = cols.index;
    const rawDate = fields[ix.date] ?? '';
    const parsed = parseDate(rawDate, config.dateFormat, missing);
    if (parsed === null || Number.isNaN(parsed)) {
      const why: RowReason =
        parsed === null ? { code: 'dateMissing' } : { code: 'dateInvalid', layout: config.dateFormat };
      ledger.rejectRow(file, line, why, rawDate, header[ix.date] ?? '');
      return;
    }
    dayMonth?.see(rawDate, file, header[ix.date] ?? '');
    const day = weekly && config.weekDate === 'start' ? parsed + 6 : parsed;
    let metric = 0;
    let metricText = '';
    if (ix.metric >= 0) {
      metricText = (fields[ix.metric] ?? '').trim();
      if (metricText === '') {
        ledger.rejectRow(file, line, { code: 'metricMissing' }, metricText, header[ix.metric] ?? '');
        return;
      }
      metric = metricOf(metricText);
    } else if (metricKeys.length === 0) {
      metricOf('cases');
    }
    const date = rawDate.trim();
    let sum = 0;
    areaCols.forEach((c, i) => {
      const rawCount = fields[c.index] ?? '';
      const count = countOf(rawCount, line, c.header, c.code);
      rowCounts[i] = count ?? Number.NaN;
      if (count === null) return;
      sum += count;
      const key = `${c.code} ${date}${metricText === '' ? '' : ` ${metricText}`}`;
      const raw = { date: rawDate, count: rawCount, countColumn: c.header, key, keyColumn: c.header };
      if (c.noArea >= 0) {
        const at = { series: unplacedSeries(c.noArea, null, line), metric, day, line, cellCode: c.code };
        if (!addUnplaced(at, count, raw)) return;
        ledger.acceptNotPlaced(unplaced.values[c.noArea] as string);
        unplacedRows++;
        return;
      }
      if (addCount({ area: c.area, metric, day, line, cellCode: c.code }, count, raw)) ledger.accept();
    });
    const check = totalChecks.at(-1);
    // A column holding the sum of the others: twice its count is the sum of the row's counts read (a rejected cell, NaN, never is).
    if (check !== undefined && sum > 0) {
      check.rows++;
      const { hits } = check;
      for (let i = 0; i < areaCols.length; i++) if (2 * (rowCounts[i] as number) === sum) hits[i] = (hits[i] ?? 0) + 1;
    }
  }

  /** A long file's row of no area (`value`: which of the `unplacedValues`): read and checked as any row, then added to its series. */
  function unplacedRow(fields: readonly string[], line: number, value: number): void {
    const ix = cols.index;
    const rawDate = fields[ix.date] ?? '';
    const parsed = parseDate(rawDate, config.dateFormat, missing);
    const day = parsed !== null && weekly && config.weekDate === 'start' ? parsed + 6 : parsed;
    if (day === null || Number.isNaN(day)) {
      const why: RowReason =
        day === null ? { code: 'dateMissing' } : { code: 'dateInvalid', layout: config.dateFormat };
      ledger.reject(file, line, header[ix.date] ?? '', why, rawDate);
      return;
    }
    dayMonth?.see(rawDate, file, header[ix.date] ?? '');
    const rawCount = fields[ix.count] ?? '';
    const count = countOf(rawCount, line, header[ix.count] ?? '');
    if (count === null) return;
    let metric = 0;
    if (ix.metric >= 0) {
      const rawMetric = (fields[ix.metric] ?? '').trim();
      if (rawMetric === '') {
        ledger.reject(file, line, header[ix.metric] ?? '', { code: 'metricMissing' }, rawMetric);
        return;
      }
      metric = metricOf(rawMetric);
    } else if (metricKeys.length === 0) {
      metricOf('cases');
    }
    const name = unplaced.values[value] as string;
    const key = `${name} ${rawDate.trim()}${ix.metric >= 0 ? ` ${fields[ix.metric] ?? ''}` : ''}`;
    const raw = { date: rawDate, count: rawCount, countColumn: header[ix.count] ?? '', key, keyColumn: '' };
    const series = unplacedSeries(value, fields, line);
    if (!addUnplaced({ series, metric, day, line }, count, raw)) return;
    ledger.acceptNotPlaced(name);
    unplacedRows++;
    const where = unplacedParents[series];
    if (where !== undefined) where.rows++;
  }

  function metricOf(raw: string): number {
    let i = metricIndex.get(raw);
    if (i === undefined) {
      i = metricKeys.length;
      metricKeys.push(raw);
      metricIndex.set(raw, i);
    }
    return i;
  }

  return {
    beginFile(name, normalised, raw) {
      file = name;
      header = raw;
      cols = resolveColumns<CaseColumn>(
        {
          area: config.columns.area,
          areaName: config.columns.areaName,
          date: config.columns.date,
          count: config.columns.count,
          metric: config.columns.metric,
          population: config.columns.population,
          parent: config.columns.parent,
        },
        normalised,
        raw,
        `${ctx.config.id}: ${name}`,
        (m) => ledger.warn(m),
      );
      const ix = cols.index;
      ledger.identifyRowsWith((fields) => ({
        code: ix.area >= 0 ? (fields[ix.area] ?? '').trim() : '',
        name: ix.areaName >= 0 ? (fields[ix.areaName] ?? '').trim() : '',
        date: (fields[ix.date] ?? '').trim(),
      }));
      if (wide) {
        areaCols = resolveAreaColumns(name, normalised, raw);
        rowCounts = new Float64Array(areaCols.length);
        const headers = areaCols.map((c) => c.header);
        // The header is read twice (checked, then read): one check per file read.
        if (totalChecks.at(-1)?.file !== name || totalChecks.at(-1)?.rows !== 0) {
          totalChecks.push({ file: name, headers, hits: new Int32Array(areaCols.length), rows: 0 });
        }
        ledger.countCells(
          areaCols.map((c) => ({ header: c.header, code: c.code })),
          'area',
        );
      }
    },

    row(fields, line) {
      if (wide) return wideRow(fields, line);
      const ix = cols.index;
      const code = (fields[ix.area] ?? '').trim();
      placeholders.see(file, header[ix.area] ?? '', code);
      const noArea = unplaced.match(code, ix.areaName >= 0 ? (fields[ix.areaName] ?? '') : '');
      if (noArea >= 0) return unplacedRow(fields, line, noArea);
      if (code === '' || isMissingValue(code, codeMissing)) {
        ledger.reject(file, line, header[ix.area] ?? '', { code: 'areaCodeMissing' }, code);
        return;
      }
      // Without a layer the code itself names files and pages (a layer's codes were checked when it was read);
      // a code already among the areas passed this check when it was added.
      const known = codes.get(code);
      const unsafe = layer === null && known === undefined && codeFor(code) === null ? freeCodeReason(code) : null;
      if (unsafe !== null) {
        ledger.reject(file, line, header[ix.area] ?? '', unsafe, code);
        return;
      }
      const rawDate = fields[ix.date] ?? '';
      const parsed = parseDate(rawDate, config.dateFormat, missing);
      const day = parsed !== null && weekly && config.weekDate === 'start' ? parsed + 6 : parsed;
      if (day === null || Number.isNaN(day)) {
        ledger.reject(
          file,
          line,
          header[ix.date] ?? '',
          day === null ? { code: 'dateMissing' } : { code: 'dateInvalid', layout: config.dateFormat },
          rawDate,
        );
        return;
      }
      dayMonth?.see(rawDate, file, header[ix.date] ?? '');
      const rawCount = fields[ix.count] ?? '';
      const count = countOf(rawCount, line, header[ix.count] ?? '');
      if (count === null) return;
      let metric = 0;
      if (ix.metric >= 0) {
        const rawMetric = (fields[ix.metric] ?? '').trim();
        if (rawMetric === '') {
          ledger.reject(file, line, header[ix.metric] ?? '', { code: 'metricMissing' }, rawMetric);
          return;
        }
        metric = metricOf(rawMetric);
      } else if (metricKeys.length === 0) {
        metricOf('cases');
      }
      const area = areaOf(code, fields, known);
      if (area < 0) {
        ledger.rejectUnknownCode(file, line, header[ix.area] ?? '', code);
        return;
      }
      const key = `${code} ${rawDate.trim()}${ix.metric >= 0 ? ` ${fields[ix.metric] ?? ''}` : ''}`;
      const raw = { date: rawDate, count: rawCount, countColumn: header[ix.count] ?? '', key, keyColumn: '' };
      if (!addCount({ area, metric, day, line }, count, raw)) return;
      if (ix.population >= 0 && !rowPopulation.has(area)) {
        const pop = parseNumber(fields[ix.population] ?? '', missing, config.decimalSeparator);
        if (pop !== null && pop > 0) rowPopulation.set(area, pop);
      }
      if (ix.areaName >= 0) {
        const feature = layer?.features[area];
        const areaCode = feature?.code ?? freeAreas[area]?.code ?? code;
        const known = layerNameOf(feature);
        nameCheck.check(areaCode, (fields[ix.areaName] ?? '').trim(), known);
        agreeing[area] ??= nameCheck.agreeingName(areaCode, known);
      }
      ledger.accept();
    },

    rowSpans(text, spans, line) {
      const ix = cols.index;
      // Rows this path does not read (a file wide by area, a population column, the first row's metric) go to `row`.
      if (wide || ix.population >= 0 || (ix.metric < 0 && metricKeys.length === 0)) return false;
      const areaStart = spans[2 * ix.area] as number;
      const areaEnd = spans[2 * ix.area + 1] as number;
      const dateStart = spans[2 * ix.date] as number;
      const dateEnd = spans[2 * ix.date + 1] as number;
      // An area already met: a code the map has passed every check of `row` before the date's.
      const area = codes.getAt(text, areaStart, areaEnd);
      if (area === undefined) {
        // No code at all: rejected as `row` rejects it, first of all checks, when the row is not
        // blank (a blank one is the ingest loop's empty row), as a date in it shows.
        // A blank code may be a row of no area by its name (unplacedValues): `row` reads it.
        if (areaEnd !== areaStart || unplaced.active || Number.isNaN(spanDay(text, dateStart, dateEnd))) return false;
        const name = nameAt(text, spans);
        ledger.rejectIdentified(file, line, header[ix.area] ?? '', CODE_MISSING, '', '', name, lastDateText.trim());
        return true;
      }
      const parsed = spanDay(text, dateStart, dateEnd);
      if (Number.isNaN(parsed)) return false;
      const day = weekly && config.weekDate === 'start' ? parsed + 6 : parsed;
      // Counts of up to 9 plain digits (whole, not negative, in range); any other text goes to `row`.
      const countStart = spans[2 * ix.count] as number;
      const countEnd = spans[2 * ix.count + 1] as number;
      if (countsNeedLookup || countEnd <= countStart || countEnd - countStart > 9) return false;
      let count = 0;
      for (let i = countStart; i < countEnd; i++) {
        const digit = text.charCodeAt(i) - 48;
        if (digit < 0 || digit > 9) return false;
        count = count * 10 + digit;
      }
      let metric = 0;
      if (ix.metric >= 0) {
        const metricStart = spans[2 * ix.metric] as number;
        const metricEnd = spans[2 * ix.metric + 1] as number;
        if (lastMetric < 0 || !spanIs(text, metricStart, metricEnd, metricKeys[lastMetric] as string)) {
          const known = metricIndex.get(text.slice(metricStart, metricEnd));
          if (known === undefined) return false;
          lastMetric = known;
        }
        metric = lastMetric;
      }
      const slot = counts.slot(metric, area);
      // Duplicates, dates out of order and jumps are rejected by `row`, as are falls kept as corrections.
      if (counts.state(slot, day) !== NOT_SEEN) return false;
      if (cumulative && (day < slot.lastDay || !fitsDailyCount(count - slot.lastCumulative))) return false;
      if (cumulative && count < slot.lastCumulative) {
        if (!config.rejectNegative) return false;
        // A fall, rejected here as `row` rejects it (it reads no name first), with the same identity.
        counts.markSeen(slot, day);
        counts.markCarried(slot, day);
        // The code matched a remembered one as written, so it has no spaces to trim.
        const code = text.slice(areaStart, areaEnd);
        const value = fellText(text.slice(countStart, countEnd), slot, day, count);
        ledger.rejectIdentified(
          file,
          line,
          header[ix.count] ?? '',
          FELL,
          value,
          code,
          nameAt(text, spans),
          lastDateText.trim(),
        );
        return true;
      }
      if (ix.areaName >= 0) {
        const nameStart = spans[2 * ix.areaName] as number;
        const nameEnd = spans[2 * ix.areaName + 1] as number;
        if (nameEnd > nameStart) {
          const expected = agreeing[area];
          if (expected === undefined || expected === null) return false;
          if (expected !== '' && !spanIs(text, nameStart, nameEnd, expected)) return false;
        }
      }
      counts.markSeen(slot, day);
      accumulate(slot, day, count);
      ledger.accept();
      return true;
    },

    async finish(): Promise<ProcessorResult> {
      for (const w of placeholders.warnings((v) => layer !== null && layer.resolveCode(v) >= 0)) ledger.warn(w);
      if (cumulative && config.cumulativeStart === 'baseline') {
        const start = baselineFirstDay(counts, weekly, unplacedCounts);
        if (start !== null) ledger.warn({ code: 'cumulativeBaseline', dataset: config.id, date: isoDay(start) });
      }
      if (gaps > 0) {
        ledger.warn({ code: 'cumulativeGaps', dataset: config.id, gaps, days: gapDays });
      }
      if (corrections > 0) {
        ledger.warn({ code: 'cumulativeCorrections', dataset: config.id, rows: corrections });
      }
      const merged = (layerSpellings ?? spellings).warning();
      if (merged !== null) ledger.warn(merged);
      const misnamed = nameCheck.warning();
      if (misnamed !== null) ledger.warn(misnamed);
      for (const w of dayMonth?.warnings() ?? []) ledger.warn(w);
      for (const c of totalChecks) {
        c.hits.forEach((hits, i) => {
          if (hits < TOTAL_MIN_ROWS || hits < 0.9 * c.rows) return;
          ledger.warn({ code: 'areaColumnIsTotal', file: c.file, column: c.headers[i] ?? '', rows: hits, of: c.rows });
        });
      }
      if (!cumulative) {
        const totals = runningTotals(counts);
        if (totals !== null) ledger.warn(totals);
      }
      const areas: AreaRef[] =
        layer !== null
          ? layer.features.map((f, i) => ({
              code: f.code,
              name: f.name,
              population: layer.population[i] ?? rowPopulation.get(i) ?? null,
            }))
          : freeNames(freeAreas).map((a, i) => ({ ...a, population: rowPopulation.get(i) ?? null }));
      const acc: CasesAccumulated = {
        counts,
        metricKeys,
        areas,
        // A day with only counts of no area is a day of the dataset too.
        firstDay: Math.min(counts.minDay, unplacedCounts.minDay),
        lastDay: Math.max(counts.maxDay, unplacedCounts.maxDay),
        ...(unplaced.active
          ? {
              unplaced: {
                counts: unplacedCounts,
                series: unplacedSeriesIndex.size,
                rows: unplacedRows,
                ...(config.columns.parent !== undefined ? { parents: unplacedParents } : {}),
              },
            }
          : {}),
      };
      const written = writeCasesOutputs(acc, ctx);
      if (layer === null) return written;
      const fields = { ...written, ...viewOf(layer, (i) => metricKeys.some((_, m) => counts.has(m, i))) };
      if (config.rollUp.length === 0) return fields;
      const derived: DerivedDataset[] = [];
      for (const r of config.rollUp) {
        const parent = ctx.layers.get(r.layer);
        if (parent === undefined) throw new Error(`${config.id}.rollUp: no area layer "${r.layer}".`);
        const mapping = await rollUpMapping(layer, parent, r.via, ctx.baseDir);
        const rolled = rollUpCases(acc, mapping, parent, r.partial, {
          id: layer.id,
          label: layer.config.label,
          dataset: config.id,
        });
        const id = rollUpId(config, r);
        const out = prefixed(ctx.out, r.layer);
        derived.push({
          id,
          // The pages phrase the title (unless configured) and the description in their language.
          ...(r.title !== undefined ? { title: r.title } : {}),
          layer: r.layer,
          fields: {
            ...writeCasesOutputs(rolled.acc, { ...ctx, config: { ...config, id }, layer: parent, out }),
            ...viewOf(parent, (i) => rolled.acc.metricKeys.some((_, m) => rolled.acc.counts.has(m, i))),
          },
          warnings: [...mapping.warnings, ...rolled.warnings],
        });
      }
      return { ...fields, derived };
    },
  };
}

const FELL: RowReason = { code: 'cumulativeFell' };
const CODE_MISSING: RowReason = { code: 'areaCodeMissing' };

/** The value a fall's rejection shows: the count, by how much it fell, and from which day's total. */
function fellText(rawCount: string, slot: SeriesSlot, day: number, count: number): string {
  return `${rawCount}: fell by ${slot.lastCumulative - count} on ${isoDay(day)} (from ${slot.lastCumulative} on ${isoDay(slot.lastDay)})`;
}

// Maps open on the areas with data, unless the layer has configured bounds.
function viewOf(layer: LoadedLayer, hasData: (i: number) => boolean): { view?: [number, number, number, number] } {
  if (layer.config.mapBounds !== undefined) return { view: configuredView(layer.config.mapBounds) };
  const view = mapView(layer.features, hasData);
  return view === null ? {} : { view };
}

// Without a layer, names come from the file; a name two codes share is shown with its code.
function freeNames(areas: readonly AreaRef[]): AreaRef[] {
  const names = areaDisplayNames(
    areas.map((a) => ({ ...a, parent: null })),
    () => null,
  );
  return areas.map((a, i) => ({ ...a, name: names[i] ?? a.name }));
}

// A roll-up's files sit in a folder of their own beside the dataset's.
function prefixed(out: OutputWriter, folder: string): OutputWriter {
  return {
    json: (name, data) => out.json(`${folder}/${name}`, data),
    text: (name, extension, content) => out.text(`${folder}/${name}`, extension, content),
    get written() {
      return out.written;
    },
  };
}

/** Series needing this many days in date order before the running-totals check counts them. */
const RUNNING_TOTAL_DAYS = 14;
/** Share of day-to-day steps a running total may fall on (revisions) and still count as one. */
const RUNNING_TOTAL_FALLS = 0.1;

/**
 * A daily file whose series (nearly) all rise and almost never fall from one day to the next
 * holds running totals: summed as daily counts, every figure would be wrong. Real daily counts
 * fall on many days of any two weeks (weekends alone see to that); running totals only where the
 * publisher revised one (5% of the NYT's county rows). Null when the file does not look so.
 */
function runningTotals(counts: DailyCounts): DatasetWarning | null {
  let long = 0;
  let rising = 0;
  for (const s of counts.eachSlot()) {
    if (s.orderedDays < RUNNING_TOTAL_DAYS) continue;
    long++;
    if (s.falls <= RUNNING_TOTAL_FALLS * (s.orderedDays - 1) && s.lastCumulative > s.firstCount) rising++;
  }
  return long >= 3 && rising >= 0.9 * long
    ? { code: 'looksCumulative', series: rising, of: long, days: RUNNING_TOTAL_DAYS }
    : null;
}
