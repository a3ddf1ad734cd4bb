/**
 * Indicator datasets: one value per area and period (e.g. a recycling rate per
 * council and year), optionally several indicators in one file. Arquero pivots
 * the accepted rows into one series per indicator.
 */
import * as aq from 'arquero';
import type { IndicatorDatasetConfig } from '../../config/schema.ts';
import type { DatasetProcessor, KindFields, ProcessorContext } from '../dataset-processor.ts';
import { resolveColumns, type ResolvedColumns } from '../../run/column-map.ts';
import { missingSet, parseNumber } from '../../ingest/parse-values.ts';
import type { IndicatorSeries, IndicatorValues } from '../../../lib/indicator-files.ts';
import { round } from '../../../lib/round.ts';
import { areaCodeProblem } from '../../../lib/area-code.ts';

type IndicatorColumn = 'area' | 'areaName' | 'period' | 'value' | 'indicator';

export function createIndicatorProcessor(ctx: ProcessorContext<IndicatorDatasetConfig>): DatasetProcessor {
  const { config, ledger, layer } = ctx;
  const missing = missingSet(config.missingValues);
  const rows = {
    code: [] as string[],
    name: [] as string[],
    period: [] as string[],
    value: [] as number[],
    indicator: [] as string[],
  };
  const seen = new Set<string>();
  let file = '';
  let header: readonly string[] = [];
  let cols: ResolvedColumns<IndicatorColumn>;

  return {
    beginFile(name, normalised, raw) {
      file = name;
      header = raw;
      cols = resolveColumns<IndicatorColumn>(
        {
          area: config.columns.area,
          areaName: config.columns.areaName,
          period: config.columns.period,
          value: config.columns.value,
          indicator: config.columns.indicator,
        },
        normalised,
        raw,
        `${config.id}: ${name}`,
        (m) => ledger.warn(m),
      );
      const ix = cols.index;
      ledger.identifyRowsWith((fields) => ({
        code: (fields[ix.area] ?? '').trim(),
        name: ix.areaName >= 0 ? (fields[ix.areaName] ?? '').trim() : '',
        date: (fields[ix.period] ?? '').trim(),
      }));
    },
    row(fields, line) {
      const ix = cols.index;
      const col = (i: number): string => header[i] ?? '';
      const code = (fields[ix.area] ?? '').trim();
      if (code === '') return ledger.reject(file, line, col(ix.area), 'area code is missing', code);
      const unsafe = layer === null ? areaCodeProblem(code) : null;
      if (unsafe !== null) return ledger.reject(file, line, col(ix.area), unsafe, code);
      const period = (fields[ix.period] ?? '').trim();
      if (period === '') return ledger.reject(file, line, col(ix.period), 'period is missing', period);
      const raw = fields[ix.value] ?? '';
      const value = parseNumber(raw, missing, config.decimalSeparator);
      if (value === null) return ledger.reject(file, line, col(ix.value), 'value is missing', raw);
      if (Number.isNaN(value)) return ledger.reject(file, line, col(ix.value), 'value is not a number', raw);
      let areaCode = code;
      let name = ix.areaName >= 0 ? (fields[ix.areaName] ?? '').trim() : '';
      if (layer !== null) {
        const at = layer.resolveCode(code);
        if (at < 0) return ledger.rejectUnknownCode(file, line, col(ix.area), code);
        const feature = layer.features[at];
        areaCode = feature?.code ?? code;
        name = feature?.name ?? name;
      }
      const indicator = ix.indicator >= 0 ? (fields[ix.indicator] ?? '').trim() || 'value' : 'value';
      const key = `${indicator}\u0000${areaCode}\u0000${period}`;
      if (seen.has(key)) return ledger.rejectDuplicate(file, line, '', `${areaCode} ${period} ${indicator}`);
      seen.add(key);
      rows.code.push(areaCode);
      rows.name.push(name || areaCode);
      rows.period.push(period);
      rows.value.push(value);
      rows.indicator.push(indicator);
      ledger.accept();
    },
    finish(): KindFields {
      const table = aq.table(rows);
      const indicators = [...new Set(rows.indicator)].sort();
      const periods = [...new Set(rows.period)].sort();
      const series: IndicatorSeries[] = indicators.map((key) => toSeries(table, key));
      const values: IndicatorValues = { unit: config.unit, higherIs: config.higherIs, series };
      return {
        kind: 'indicator',
        unit: config.unit,
        higherIs: config.higherIs,
        indicators,
        periods,
        files: { values: ctx.out.json('values', values) },
      };
    },
  };
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
  for (const r of subset.objects() as { code: string; period: string; value: number }[]) {
    const area = areas[areaIndex.get(r.code) ?? -1];
    const p = index.get(r.period);
    if (area !== undefined && p !== undefined) area.values[p] = round(r.value, 3);
  }
  return { key, periods, areas };
}
