import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../../src/pipeline/config/load-config.ts';
import { metricList } from '../../../../src/pipeline/datasets/cases/metric-list.ts';
import type { CasesDatasetConfig } from '../../../../src/pipeline/config/schema.ts';
import { tempDirs } from '../../temp-dirs.ts';
import { casesDataset, writeSite } from '../../test-site.ts';

const tempDir = tempDirs();

async function load(site: object, extra: object = {}) {
  const { configPath } = writeSite(
    { site: { title: 'T', council: 'C', ...site }, datasets: [casesDataset(extra)] },
    { 'cases.csv': 'date,code,n\n' },
    tempDir('atlas-default-texts-'),
  );
  const loaded = await loadConfig(configPath);
  const cases = loaded.config.datasets[0] as CasesDatasetConfig;
  return { loaded, cases, label: metricList(['cases'], cases)[0]?.label };
}

describe('the one metric of a dataset with no metric column, when the config names none', () => {
  it('is named in the site language, not in English', async () => {
    expect((await load({ locale: 'de-DE' })).label).toBe('Fälle');
    expect((await load({ locale: 'cy' })).label).toBe('Achosion');
    expect((await load({ locale: 'en-GB' })).label).toBe('Cases');
  });

  it('is named in each language of a bilingual site, the first the default, the other a translation', async () => {
    const { label, loaded } = await load({ locale: 'cy', languages: ['cy', 'en-GB'] });
    expect(label).toBe('Achosion');
    expect(loaded.translations['Achosion']).toEqual({ 'en-GB': 'Cases' });
  });

  it('keeps the name the config gives, in one language or several', async () => {
    expect((await load({ locale: 'de-DE' }, { metricLabel: 'Meldungen' })).label).toBe('Meldungen');
    const both = await load(
      { locale: 'cy', languages: ['cy', 'en-GB'] },
      { metricLabel: { cy: 'Achosion norofeirws', 'en-GB': 'Norovirus cases' } },
    );
    expect(both.label).toBe('Achosion norofeirws');
    expect(both.loaded.translations['Achosion norofeirws']).toEqual({ 'en-GB': 'Norovirus cases' });
  });
});

describe("a metric's plural forms", () => {
  it('reach the metric the summary is written from, as given', async () => {
    const forms = { 'en-GB': { one: 'admission', other: 'admissions' } };
    const { cases } = await load({ locale: 'en-GB' }, { metricLabel: 'Admissions', metricForms: forms });
    expect(metricList(['cases'], cases)[0]?.forms).toEqual(forms);
    expect(metricList(['cases'], (await load({ locale: 'en-GB' })).cases)[0]).not.toHaveProperty('forms');
  });
});
