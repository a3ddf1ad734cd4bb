/**
 * A metric's unit counted by a number inside a sentence ("12 cases", Welsh "12 achos"), as
 * counted-label.ts says an area layer's: the config's form for that number in the page's language
 * (a metric's `forms`), else the interface's own word where the unit is it ("cases", the default
 * `metricLabel`: `cases.countedCases`), else the label beside the number as a name
 * (`cases.countedLabel`, "12 (norovirus cases)"), which reads right for every count.
 */
import type { Translator } from '../i18n/translator.ts';
import { formFor, formsFor, type NounForms } from '../i18n/noun-forms.ts';
import { measureNoun } from './measure-noun.ts';

/** A metric's unit as it reads inside a sentence, and its noun's forms by language when the config gives them. */
export interface MetricUnit {
  unit: string;
  forms?: NounForms | undefined;
}

/** `unit` as a MetricUnit: a bare string is a unit with no forms. */
export function metricUnit(unit: string | MetricUnit): MetricUnit {
  return typeof unit === 'string' ? { unit } : unit;
}

/** The noun `n` takes, or undefined when the unit has no form for it (a config label without `forms`). */
export function unitNoun(metric: MetricUnit, n: number, t: Pick<Translator, 't' | 'locale'>): string | undefined {
  const forms = formsFor(metric.forms, t.locale);
  if (forms !== undefined) return formFor(forms, n, t.locale).noun;
  // The interface's own word (as the default label, or a council that wrote the same word).
  if (metric.unit === measureNoun(t.t('cases.metric.defaultLabel'), t.locale)) {
    return t.t('cases.countedCases', { count: n });
  }
  return undefined;
}

/** "12 cases": `n`, shown as `shown` (formatted), with the unit in the form it takes. */
export function countedUnit(
  metric: string | MetricUnit,
  n: number,
  shown: string,
  t: Pick<Translator, 't' | 'locale'>,
): string {
  const m = metricUnit(metric);
  const noun = unitNoun(m, n, t);
  return noun === undefined
    ? t.t('cases.countedLabel', { count: shown, label: m.unit })
    : t.t('cases.counted', { count: shown, noun });
}
