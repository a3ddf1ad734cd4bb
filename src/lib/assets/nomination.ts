/**
 * The "prepare a nomination" document: what a community group needs to start
 * a nomination for an asset, pre-filled from the register, with the sections
 * the council's config lists (`site.communityRights.nominationSections`, e.g.
 * what an Assets of Community Value nomination in England asks for) left for the
 * group to complete. Built in the browser only; nothing is sent anywhere.
 * This module makes the document's content and its plain-text form; the
 * browser turns the same content into HTML with DOM methods (never markup strings).
 */

import type { MessageKey } from '../i18n/catalogue.ts';
import type { Translator } from '../i18n/translator.ts';
import { headingInSentence } from '../indicators/in-sentence.ts';

export interface NominationAsset {
  label: string;
  reference: string;
  uprn: string;
  address: string;
  postcode: string;
  area: string;
  /** WGS84, or null when the asset is not placed. */
  lon: number | null;
  lat: number | null;
  status: string;
  tenure: string;
  holdingType: string;
  size: string;
  owner: string;
  dataset: string;
  publisher: string;
  /** The source file and line, e.g. "register.csv, line 12". */
  provenance: string;
  /** Absolute URL of the asset's page. */
  pageUrl: string;
  /** Community-value dates already known, as label → formatted date. */
  dates: { label: string; value: string }[];
}

export interface NominationInput {
  siteTitle: string;
  council: string;
  /** Heading of the rights text, e.g. "Community rights in England". */
  rightsHeading: string;
  sections: readonly { heading: string; hint: string }[];
  asset: NominationAsset;
}

export interface NominationDocument {
  title: string;
  intro: string[];
  /** What the register says, as label–value pairs (blank values left out). */
  facts: { label: string; value: string }[];
  /** Sections for the group to complete, from the config. */
  sections: { heading: string; hint: string }[];
  notes: string[];
  /** Heading of the facts ("What the register says"). */
  factsHeading: string;
  /** Label of the HTML form's print button. */
  printLabel: string;
}

/** The catalogue keys `buildNomination` uses, for a page to hand its script. */
export const NOMINATION_KEYS: readonly MessageKey[] = [
  'assets.field.name',
  'assets.field.address',
  'assets.field.postcode',
  'assets.field.uprn',
  'assets.field.area',
  'assets.field.tenure',
  'assets.field.holdingType',
  'assets.field.size',
  'assets.field.source',
  'assets.nomination.reference',
  'assets.nomination.location',
  'assets.nomination.status',
  'assets.nomination.owner',
  'assets.nomination.source',
  'assets.nomination.page',
  'assets.nomination.title',
  'assets.nomination.intro',
  'assets.nomination.introSections',
  'assets.nomination.note',
  'assets.nomination.facts',
  'assets.nomination.print',
];

export function buildNomination(input: NominationInput, t: Pick<Translator, 't' | 'locale'>): NominationDocument {
  const a = input.asset;
  const facts: { label: string; value: string }[] = [
    { label: t.t('assets.field.name'), value: a.label },
    { label: t.t('assets.field.address'), value: a.address },
    { label: t.t('assets.field.postcode'), value: a.postcode },
    { label: t.t('assets.nomination.reference'), value: a.reference },
    { label: t.t('assets.field.uprn'), value: a.uprn },
    { label: t.t('assets.field.area'), value: a.area },
    {
      label: t.t('assets.nomination.location'),
      value: a.lon === null || a.lat === null ? '' : `${a.lon.toFixed(5)}, ${a.lat.toFixed(5)}`,
    },
    { label: t.t('assets.nomination.status'), value: a.status },
    { label: t.t('assets.field.tenure'), value: a.tenure },
    { label: t.t('assets.field.holdingType'), value: a.holdingType },
    { label: t.t('assets.field.size'), value: a.size },
    { label: t.t('assets.nomination.owner'), value: a.owner },
    ...a.dates,
    {
      label: t.t('assets.field.source'),
      value: t.t('assets.nomination.source', { dataset: a.dataset, publisher: a.publisher, provenance: a.provenance }),
    },
    { label: t.t('assets.nomination.page'), value: a.pageUrl },
  ].filter((f) => f.value.trim() !== '');
  return {
    title: t.t('assets.nomination.title', { asset: a.label }),
    intro: [
      t.t('assets.nomination.intro', { site: input.siteTitle, council: input.council }),
      t.t('assets.nomination.introSections', {
        rights: headingInSentence(input.rightsHeading, t),
      }),
    ],
    facts,
    sections: input.sections.map((s) => ({ heading: s.heading, hint: s.hint })),
    notes: [t.t('assets.nomination.note')],
    factsHeading: t.t('assets.nomination.facts'),
    printLabel: t.t('assets.nomination.print'),
  };
}

const RULE = '-'.repeat(72);

/** The document as plain text (CRLF line ends, so Windows Notepad shows it properly). */
export function nominationText(doc: NominationDocument): string {
  const lines: string[] = [doc.title, '='.repeat(Math.min(doc.title.length, 72)), ''];
  for (const p of doc.intro) lines.push(...wrap(p), '');
  lines.push(doc.factsHeading.toUpperCase(), RULE);
  const width = Math.max(...doc.facts.map((f) => f.label.length));
  for (const f of doc.facts) lines.push(`${`${f.label}:`.padEnd(width + 2)}${f.value}`);
  lines.push('');
  doc.sections.forEach((s, i) => {
    lines.push(`${i + 1}. ${s.heading.toUpperCase()}`, RULE, ...wrap(`(${s.hint})`), '', '', '', '', '');
  });
  for (const n of doc.notes) lines.push(...wrap(n));
  return `${lines.join('\r\n')}\r\n`;
}

/** Word-wraps a paragraph at 72 characters. */
function wrap(text: string, width = 72): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') out.push(line);
  return out;
}

/** A file name for the document: `nomination-<dataset>-<slug>.<ext>`. */
export function nominationFileName(dataset: string, slug: string, extension: 'txt' | 'html'): string {
  return `nomination-${dataset}-${slug}.${extension}`.replace(/[^A-Za-z0-9._-]/g, '-');
}
