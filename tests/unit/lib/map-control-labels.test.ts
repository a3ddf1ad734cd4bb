/**
 * MapLibre's own control labels (zoom buttons, compass, attribution toggle) come from the
 * catalogue in every language, under MapLibre's ids, and every key is one the page hands its script.
 */
import { describe, expect, it } from 'vitest';
import { MAP_CONTROL_KEYS, mapControlLabels } from '../../../src/lib/map-control-labels.ts';
import { translatorFor } from '../../../src/lib/i18n/catalogues.ts';
import { createTranslator } from '../../../src/lib/i18n/translator.ts';
import { catalogueFor } from '../../../src/lib/i18n/catalogues.ts';
import { pickMessages } from '../../../src/lib/i18n/translator.ts';

describe('mapControlLabels', () => {
  it('labels the zoom buttons, the compass and the attribution toggle by their MapLibre ids', () => {
    expect(mapControlLabels(translatorFor('en-GB'))).toEqual({
      'NavigationControl.ZoomIn': 'Zoom in',
      'NavigationControl.ZoomOut': 'Zoom out',
      'NavigationControl.ResetBearing': 'Turn the map to face north',
      'AttributionControl.ToggleAttribution': 'Show or hide the map credits',
    });
  });

  it.each(['cy', 'nl', 'da', 'de'])('in %s, from only the keys a page hands its script, none in English', (locale) => {
    const english = mapControlLabels(translatorFor('en-GB'));
    // The script's translator holds only MAP_CONTROL_KEYS: a label needing any other key would fall back.
    const t = createTranslator(locale, pickMessages(catalogueFor(locale).messages, MAP_CONTROL_KEYS));
    const labels = mapControlLabels(t);
    expect(Object.keys(labels)).toEqual(Object.keys(english));
    for (const [id, text] of Object.entries(labels)) {
      expect(text).not.toBe(english[id]);
      expect(text).toBe(translatorFor(locale).t(MAP_CONTROL_KEYS[Object.keys(labels).indexOf(id)]!));
    }
  });
});
