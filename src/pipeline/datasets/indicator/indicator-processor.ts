/**
 * Indicator datasets: one value per area and period (e.g. a recycling rate per
 * council and year), optionally several indicators in one file, optionally with
 * confidence limits. Arquero pivots the accepted rows into one series per
 * indicator (the `values` file); `indicator-figures.ts` adds benchmarks, ranks,
 * comparisons and bands (one `indicators/<slug>` file per indicator).
 *
 * Rows for the benchmark's own code (a configured code, or with `benchmark:
 * "parent"` a parent's code) are the file's benchmark values, not areas.
 *
 * A wide file (`columns.periods`: one column per period) is reshaped row by
 * row: each period column's cell is one value, accepted or rejected (and
 * counted) on its own, exactly as a long file's row would be.
 */
import * as aq from 'arquero';
import type { IndicatorDatasetConfig } from '../../config/schema.ts';
import type { DatasetProcessor, KindFields, ProcessorContext } from '../dataset-processor.ts';
import { resolveColumns, type ResolvedColumns } from '../../run/column-map.ts';
import { codeMissingSet, isMissingValue, missingSet, parseNumber, withoutFlags } from '../../ingest/parse-values.ts';
import type { IndicatorEntry, IndicatorSeries, IndicatorValues } from '../../../lib/indicator-files.ts';
import { SUPPRESSED, type Figure } from '../../../lib/manifest.ts';
import { round } from '../../../lib/round.ts';
import { distinctSlugs } from '../../../lib/distinct-slugs.ts';
import { slugify } from '../../../lib/slugify.ts';
import { ALL_AREAS, indicatorFigures, type AreaInput } from './indicator-figures.ts';
import type { LoadedLayer } from '../../run/loaded-layer.ts';
import { FreeAreaSpellings, LayerSpellings, freeCodeReason } from '../../run/area-spellings.ts';
import { resolvePeriodColumns, type PeriodColumn } from '../../run/period-columns.ts';
import type { RowReason } from '../../../lib/data-reasons.ts';
import { AreaNameCheck, layerNameOf } from '../../run/area-name-check.ts';
import { benchmarkLookalikes } from './benchmark-lookalikes.ts';
import { PlaceholderCheck, UnplacedValues } from '../../run/unplaced-values.ts';

type IndicatorColumn = 'area' | 'areaName' | 'period' | 'value' | 'indicator' | 'lower' | 'upper';

interface Row {
  indicator: string;
  code: string;
  period: string;
  value: Figure;
  lower: number | null;
  upper: number | null;
}

export function createIndicatorProcessor(ctx: ProcessorContext<IndicatorDatasetConfig>): DatasetProcessor {
  const { config, ledger, layer } = ctx;
  const missing = missingSet(config.missingValues);
  const codeMissing = codeMissingSet(config.missingValues);
  const suppressed = new Set(config.suppressedValues.map((v) => v.trim().toLowerCase()));
  // Values are kept 3 decimals finer than they are shown: enough to drop float noise in the source
  // (52.400000000000006) without rounding them before the benchmark means and ranks are computed.
  const precision = config.decimals + 3;
  const benchmarkCodes = new Set<string>();
  if (config.benchmark === 'parent' && layer !== null) {
    for (const f of layer.features) if (f.parent !== null) benchmarkCodes.add(f.parent);
  } else if (config.benchmark !== ALL_AREAS && config.benchmark !== 'parent') benchmarkCodes.add(config.benchmark);

  const areaRows: Row[] = [];
  const benchmarkRows: Row[] = [];
  const names = new Map<string, string>();
  const seen = new Set<string>();
  // Areas by spelling: a file without a layer may name them (see area-spellings.ts).
  const freeAreas = new FreeAreaSpellings();
  const layerSpellings = layer === null ? null : new LayerSpellings(layer);
  const nameCheck = new AreaNameCheck();
  let file = '';
  let header: readonly string[] = [];
  let cols: ResolvedColumns<IndicatorColumn>;
  // A wide file's period columns (one cell per period in each row); empty for a long file.
  let periodCols: PeriodColumn[] = [];
  const wide = config.columns.periods !== undefined;
  // Rows of no area (unplacedValues): accepted and counted, in no area and no benchmark.
  const unplaced = new UnplacedValues(config.unplacedValues);
  if (unplaced.active) ledger.placesNoAreaFor();
  const placeholders = new PlaceholderCheck(config.id, !unplaced.active, layer !== null);

  // The value in one cell (a long file's value column, or one period column of a wide file's row),
  // with its limits: accepted, or rejected with its column and reason.
  function cell(
    fields: readonly string[],
    line: number,
    at: { value: number; period: string; cellPeriod?: string },
    area: { code: string; name: string; indicator: string; isBenchmark: boolean },
  ): void {
    const ix = cols.index;
    const col = (i: number): string => header[i] ?? '';
    const { cellPeriod } = at;
    const raw = fields[at.value] ?? '';
    // The value without the publisher's flags (`82.5 b` is 82.5); rejections still show the cell as written.
    const text = config.valueFlags ? withoutFlags(raw) : raw;
    let value: Figure;
    let lower: number | null = null;
    let upper: number | null = null;
    if (suppressed.has(text.trim().toLowerCase())) value = SUPPRESSED;
    else {
      const parsed = parseNumber(text, missing, config.decimalSeparator);
      if (parsed === null) return ledger.reject(file, line, col(at.value), { code: 'valueMissing' }, raw, cellPeriod);
      if (Number.isNaN(parsed))
        return ledger.reject(file, line, col(at.value), { code: 'valueNotNumber' }, raw, cellPeriod);
      value = round(parsed, precision);
      if (ix.lower >= 0 && ix.upper >= 0) {
        const rawLower = fields[ix.lower] ?? '';
        const rawUpper = fields[ix.upper] ?? '';
        lower = parseNumber(rawLower, missing, config.decimalSeparator);
        upper = parseNumber(rawUpper, missing, config.decimalSeparator);
        if (lower !== null && Number.isNaN(lower))
          return ledger.reject(file, line, col(ix.lower), { code: 'lowerNotNumber' }, rawLower);
        if (upper !== null && Number.isNaN(upper))
          return ledger.reject(file, line, col(ix.upper), { code: 'upperNotNumber' }, rawUpper);
        if ((lower === null) !== (upper === null))
          return ledger.reject(
            file,
            line,
            col(lower === null ? ix.lower : ix.upper),
            { code: 'oneLimit' },
            lower === null ? rawLower : rawUpper,
          );
        if (lower !== null && upper !== null && !(lower <= parsed && parsed <= upper))
          return ledger.reject(file, line, col(at.value), { code: 'valueOutsideLimits' }, raw);
        if (lower !== null) lower = round(lower, precision);
        if (upper !== null) upper = round(upper, precision);
      }
    }
    const { code, indicator, isBenchmark } = area;
    const key = `${indicator}\u0000${code}\u0000${at.period}`;
    if (seen.has(key))
      return ledger.rejectDuplicate(
        file,
        line,
        wide ? col(at.value) : '',
        `${code} ${at.period} ${indicator}`,
        cellPeriod,
      );
    seen.add(key);
    if (!names.has(code)) names.set(code, area.name || config.areaNames[code] || code);
    (isBenchmark ? benchmarkRows : areaRows).push({ indicator, code, period: at.period, value, lower, upper });
    ledger.accept();
  }

  return {
    beginFile(name, normalised, raw) {
      file = name;
      header = raw;
      if ((config.columns.lower === undefined) !== (config.columns.upper === undefined)) {
        throw new Error(
          `${config.id}: columns.lower and columns.upper go together: give both confidence limits, or neither.`,
        );
      }
      cols = resolveColumns<IndicatorColumn>(
        {
          area: config.columns.area,
          areaName: config.columns.areaName,
          period: config.columns.period,
          value: config.columns.value,
          indicator: config.columns.indicator,
          lower: config.columns.lower,
          upper: config.columns.upper,
        },
        normalised,
        raw,
        `${config.id}: ${name}`,
        (m) => ledger.warn(m),
      );
      const ix = cols.index;
      if (config.columns.periods !== undefined) {
        // Derived columns (padded, concatenated) are appended after the file's own: never periods.
        const firstDerived = normalised.findIndex((n) => n.startsWith('\u0000'));
        const own = firstDerived < 0 ? raw : raw.slice(0, firstDerived);
        const taken = new Set([ix.area, ix.areaName, ix.indicator].filter((i) => i >= 0));
        periodCols = resolvePeriodColumns(config.columns.periods, own, taken, `${config.id}: ${name}`);
        ledger.countCells(periodCols.map((c) => ({ header: c.header, period: c.period })));
      }
      ledger.identifyRowsWith((fields) => ({
        code: (fields[ix.area] ?? '').trim(),
        name: ix.areaName >= 0 ? (fields[ix.areaName] ?? '').trim() : '',
        date: ix.period >= 0 ? (fields[ix.period] ?? '').trim() : '',
      }));
    },
    row(fields, line) {
      const ix = cols.index;
      const col = (i: number): string => header[i] ?? '';
      // A fault of the row's area or period: the row, or each of a wide row's cells, is rejected for it.
      const rejectAll = (column: number, why: RowReason, value: string): void =>
        ledger.rejectRow(file, line, why, value, col(column));
      const code = (fields[ix.area] ?? '').trim();
      placeholders.see(file, col(ix.area), code);
      const noArea = unplaced.match(code, ix.areaName >= 0 ? (fields[ix.areaName] ?? '') : '');
      if (noArea >= 0) {
        // A value of no area joins no area's figures nor a benchmark mean: it is counted, and kept out.
        const value = unplaced.values[noArea] as string;
        for (let n = wide ? periodCols.length : 1; n > 0; n--) ledger.acceptNotPlaced(value);
        return;
      }
      if (code === '' || isMissingValue(code, codeMissing))
        return rejectAll(ix.area, { code: 'areaCodeMissing' }, code);
      const free = layer === null ? freeAreas.resolve(code) : null;
      if (layer === null && free === null) {
        return rejectAll(ix.area, freeCodeReason(code), code);
      }
      const period = wide ? '' : (fields[ix.period] ?? '').trim();
      if (!wide && period === '') return rejectAll(ix.period, { code: 'periodMissing' }, period);
      const indicator = ix.indicator >= 0 ? (fields[ix.indicator] ?? '').trim() || 'value' : 'value';
      let areaCode = free?.code ?? code;
      const givenName = ix.areaName >= 0 ? (fields[ix.areaName] ?? '').trim() : '';
      let name = givenName;
      if (name === '' && free !== null && free.name !== free.code) name = free.name;
      const isBenchmark = benchmarkCodes.has(areaCode) && (layer === null || layer.resolveCode(code) < 0);
      let layerName: string | null = null;
      if (!isBenchmark && layer !== null) {
        let at = layer.resolveCode(code);
        if (at < 0) at = layerSpellings?.resolve(code) ?? -1;
        if (at < 0) return ledger.rejectUnknownCode(file, line, col(ix.area), code);
        const feature = layer.features[at];
        areaCode = feature?.code ?? code;
        name = feature?.name ?? name;
        layerName = layerNameOf(feature);
      }
      if (!isBenchmark) nameCheck.check(areaCode, givenName, layerName);
      const area = { code: areaCode, name, indicator, isBenchmark };
      if (!wide) return cell(fields, line, { value: ix.value, period }, area);
      for (const c of periodCols) cell(fields, line, { value: c.index, period: c.period, cellPeriod: c.period }, area);
    },
    finish(): KindFields {
      for (const w of placeholders.warnings((v) => layer !== null && layer.resolveCode(v) >= 0)) ledger.warn(w);
      const merged = (layerSpellings ?? freeAreas).warning();
      if (merged !== null) ledger.warn(merged);
      const misnamed = nameCheck.warning();
      if (misnamed !== null) ledger.warn(misnamed);
      if (benchmarkRows.length === 0 && config.benchmark !== ALL_AREAS && config.benchmark !== 'parent') {
        const like = benchmarkLookalikes(config.benchmark, names);
        if (like.length > 0)
          ledger.warn({
            code: 'benchmarkLookalike',
            dataset: config.id,
            benchmark: config.benchmark,
            areas: like.map((a) => `"${a}"`).join(', '),
          });
      }
      const all = [...areaRows, ...benchmarkRows];
      const indicators = [...new Set(all.map((r) => r.indicator))].sort();
      const periods = [...new Set(all.map((r) => r.period))].sort();
      const table = aq.table({
        code: areaRows.map((r) => r.code),
        name: areaRows.map((r) => names.get(r.code) ?? r.code),
        period: areaRows.map((r) => r.period),
        value: areaRows.map((r) => r.value),
        indicator: areaRows.map((r) => r.indicator),
      });
      const series: IndicatorSeries[] = indicators.map((key) => toSeries(table, key));
      const values: IndicatorValues = { unit: config.unit, higherIs: config.higherIs, series };
      const files: Record<string, string> = { values: ctx.out.json('values', values) };
      const entries: IndicatorEntry[] = [];
      const hasLimits = config.columns.lower !== undefined;
      const labelOf = (key: string): string => config.indicators[key]?.label ?? (key === 'value' ? config.title : key);
      // Labels whose slugs fold alike get a fingerprint of their indicator's key each.
      const slugs = distinctSlugs(
        indicators.map((key) => ({
          key,
          slug: slugify(key === 'value' ? config.id : labelOf(key), { language: ctx.language }) || 'indicator',
        })),
      );
      for (const [n, key] of indicators.entries()) {
        const label = labelOf(key);
        const slug = slugs[n] as string;
        const figures = indicatorFigures({
          dataset: config.id,
          key,
          slug,
          label,
          description: config.indicators[key]?.description ?? config.description,
          unit: config.unit,
          higherIs: config.higherIs,
          decimals: config.decimals,
          periods: periodsOf(all, key),
          benchmarkRule: config.benchmark,
          benchmarkAreas: config.benchmarkAreas === undefined ? undefined : new RegExp(config.benchmarkAreas),
          benchmarkRows: benchmarkValues(benchmarkRows, key, periodsOf(all, key)),
          nameOf: (code) => nameOf(code, names, ctx.layers, layer, config),
          bands: config.bands,
          areas: areaInputs(areaRows, key, periodsOf(all, key), names, layer, hasLimits),
        });
        const logical = `indicators/${slug}`;
        files[logical] = ctx.out.json(logical, figures);
        entries.push({ key, slug, label, file: logical });
      }
      return {
        kind: 'indicator',
        unit: config.unit,
        higherIs: config.higherIs,
        indicators,
        periods,
        series: entries,
        benchmark: config.benchmark,
        hasLimits,
        files,
      };
    },
  };
}

function periodsOf(rows: readonly Row[], key: string): string[] {
  return [...new Set(rows.filter((r) => r.indicator === key).map((r) => r.period))].sort();
}

function benchmarkValues(
  rows: readonly Row[],
  key: string,
  periods: readonly string[],
): Map<string, (number | null)[]> {
  const at = new Map(periods.map((p, i) => [p, i]));
  const out = new Map<string, (number | null)[]>();
  for (const r of rows) {
    if (r.indicator !== key || typeof r.value !== 'number') continue;
    const values = out.get(r.code) ?? periods.map((): number | null => null);
    const p = at.get(r.period);
    if (p !== undefined) values[p] = r.value;
    out.set(r.code, values);
  }
  return out;
}

function areaInputs(
  rows: readonly Row[],
  key: string,
  periods: readonly string[],
  names: ReadonlyMap<string, string>,
  layer: LoadedLayer | null,
  hasLimits: boolean,
): AreaInput[] {
  const at = new Map(periods.map((p, i) => [p, i]));
  const byCode = new Map<string, AreaInput>();
  for (const r of rows) {
    if (r.indicator !== key) continue;
    let area = byCode.get(r.code);
    if (area === undefined) {
      const i = layer?.resolveCode(r.code) ?? -1;
      area = {
        code: r.code,
        name: names.get(r.code) ?? r.code,
        parent: i >= 0 ? (layer?.features[i]?.parent ?? null) : null,
        population: i >= 0 ? (layer?.population[i] ?? null) : null,
        values: periods.map((): Figure => null),
        lower: hasLimits ? periods.map((): number | null => null) : null,
        upper: hasLimits ? periods.map((): number | null => null) : null,
      };
      byCode.set(r.code, area);
    }
    const p = at.get(r.period);
    if (p === undefined) continue;
    area.values[p] = r.value;
    if (area.lower !== null) area.lower[p] = r.lower;
    if (area.upper !== null) area.upper[p] = r.upper;
  }
  return [...byCode.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

// A benchmark's name: the config's, else a layer feature's, else the file's own name.
function nameOf(
  code: string,
  names: ReadonlyMap<string, string>,
  layers: ReadonlyMap<string, LoadedLayer>,
  own: LoadedLayer | null,
  config: IndicatorDatasetConfig,
): string | null {
  if (code === config.benchmark && config.benchmarkName !== undefined) return config.benchmarkName;
  if (code === ALL_AREAS) return config.benchmark === ALL_AREAS ? (config.benchmarkName ?? null) : null;
  for (const l of [own, ...layers.values()]) {
    if (l === null) continue;
    const i = l.resolveCode(code);
    if (i >= 0) return l.features[i]?.name ?? null;
  }
  return names.get(code) ?? null;
}

// One indicator's rows pivoted to a row per area with a value per period.
function toSeries(table: aq.ColumnTable, key: string): IndicatorSeries {
  const subset = table.params({ key }).filter((d: { indicator: string }, $: { key: string }) => d.indicator === $.key);
  const periods = [...new Set(subset.array('period') as string[])].sort();
  const byArea = subset
    .groupby('code')
    .rollup({ name: aq.op.any('name') })
    .orderby('code')
    .objects() as { code: string; name: string }[];
  const index = new Map<string, number>(periods.map((p, i) => [p, i]));
  const areas = byArea.map((a) => ({ code: a.code, name: a.name, values: periods.map((): number | null => null) }));
  const areaIndex = new Map(areas.map((a, i) => [a.code, i]));
  for (const r of subset.objects() as { code: string; period: string; value: Figure }[]) {
    const area = areas[areaIndex.get(r.code) ?? -1];
    const p = index.get(r.period);
    if (area !== undefined && p !== undefined) area.values[p] = typeof r.value === 'number' ? r.value : null;
  }
  return { key, periods, areas };
}
