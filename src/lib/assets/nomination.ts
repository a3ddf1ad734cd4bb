/**
 * The "prepare a nomination" document: what a community group needs to start
 * a nomination for an asset, pre-filled from the register, with the sections
 * the council's config lists (`site.communityRights.nominationSections`, e.g.
 * what an Assets of Community Value nomination in England asks for) left for the
 * group to complete. Built in the browser only; nothing is sent anywhere.
 * This module makes the document's content and its plain-text form; the
 * browser turns the same content into HTML with DOM methods (never markup strings).
 */

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
}

export function buildNomination(input: NominationInput): NominationDocument {
  const a = input.asset;
  const facts: { label: string; value: string }[] = [
    { label: 'Name', value: a.label },
    { label: 'Address', value: a.address },
    { label: 'Postcode', value: a.postcode },
    { label: 'Register reference', value: a.reference },
    { label: 'UPRN', value: a.uprn },
    { label: 'Area', value: a.area },
    {
      label: 'Location (longitude, latitude)',
      value: a.lon === null || a.lat === null ? '' : `${a.lon.toFixed(5)}, ${a.lat.toFixed(5)}`,
    },
    { label: 'Status in the register', value: a.status },
    { label: 'Tenure', value: a.tenure },
    { label: 'Holding type', value: a.holdingType },
    { label: 'Size', value: a.size },
    { label: 'Owner in the register', value: a.owner },
    ...a.dates,
    { label: 'Source', value: `${a.dataset} (${a.publisher}), ${a.provenance}` },
    { label: 'Page', value: a.pageUrl },
  ].filter((f) => f.value.trim() !== '');
  return {
    title: `Nomination draft: ${a.label}`,
    intro: [
      `A draft prepared with ${input.siteTitle} (${input.council}) from the public register. Check every detail against the source before you submit it: registers can be out of date.`,
      `The sections below follow ${input.rightsHeading.replace(/^./, (c) => c.toLowerCase())} as this site describes them. Complete each one, attach a plan of the site, and send the nomination to the council.`,
    ],
    facts,
    sections: input.sections.map((s) => ({ heading: s.heading, hint: s.hint })),
    notes: ['This document was made in your browser. Nothing you type into it is sent anywhere.'],
  };
}

const RULE = '-'.repeat(72);

/** The document as plain text (CRLF line ends, so Windows Notepad shows it properly). */
export function nominationText(doc: NominationDocument): string {
  const lines: string[] = [doc.title, '='.repeat(Math.min(doc.title.length, 72)), ''];
  for (const p of doc.intro) lines.push(...wrap(p), '');
  lines.push('WHAT THE REGISTER SAYS', RULE);
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
