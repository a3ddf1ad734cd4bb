/**
 * The registry of dataset kinds, shared part: each kind's id, its name, and the
 * section of the site its pages make (route, name in the header, home page
 * card). Pages, layouts and browser code read labels and routes here without
 * touching Node code; the pipeline's part (config schema and processor per kind)
 * is `src/pipeline/datasets/dataset-kinds.ts`, which the compiler holds to the
 * same set of ids.
 *
 * Adding a kind: one folder per room (`src/pipeline/datasets/<kind>/`,
 * `src/lib/<kind>/`, `src/components/<kind>/`, `src/pages/<route>/`), its config
 * schema in `src/pipeline/config/schema.ts` and its manifest entry in
 * `manifest.ts`, and one line here and in the pipeline registry.
 */

/** A kind's own section of the site, built only when the site has a dataset of the kind. */
export interface KindSection {
  /** Path of the section's first page under the base path, with a trailing slash, e.g. `"disease/"`. */
  route: string;
  /** Name in the header and on the home page. */
  label: string;
  /** One sentence for the home page card. */
  summary: string;
  /** Link text from a dataset's own page to the section. */
  openLabel: string;
}

/** What the site knows about one kind of dataset. */
export interface DatasetKindInfo {
  /** Name of the kind in tables of datasets. */
  label: string;
  /** The kind's section; absent while the kind has no pages of its own. */
  section?: KindSection;
}

/** Every kind, in the order sections appear in the header and on the home page. */
export const DATASET_KINDS = {
  cases: {
    label: 'Disease notifications',
    section: {
      route: 'disease/',
      label: 'Disease tracking',
      summary: 'Cases over time by area, rates per 100,000 people, weekly change and maps.',
      openLabel: 'Open the disease tracking dashboard',
    },
  },
  assets: {
    label: 'Land and buildings',
    section: {
      route: 'land/',
      label: 'Buildings and land',
      summary:
        'Public land and buildings that are vacant or under-used, which community groups can shortlist and take over.',
      openLabel: 'Open the buildings and land map',
    },
  },
  indicator: {
    label: 'Indicator',
    section: {
      route: 'indicators/',
      label: 'Indicators',
      summary: 'Each area against its benchmark, ranked and mapped, period by period, with a page per area.',
      openLabel: 'Open the indicator pages',
    },
  },
} as const satisfies Record<string, DatasetKindInfo>;

/** Id of a dataset kind, as written in the config's `kind` and the manifest. */
export type DatasetKind = keyof typeof DATASET_KINDS;

/** Kind ids in registry order. */
export const DATASET_KIND_IDS = Object.keys(DATASET_KINDS) as DatasetKind[];

/** The registry entry of a kind. */
export function kindInfo(kind: DatasetKind): DatasetKindInfo {
  return DATASET_KINDS[kind];
}

/** A section with the kind it belongs to. */
export type SiteSection = KindSection & { kind: DatasetKind };

/**
 * The sections a site has: one per kind that has a section and at least one of
 * `datasets`, in registry order.
 */
export function siteSections(datasets: readonly { kind: DatasetKind }[]): SiteSection[] {
  const present = new Set(datasets.map((d) => d.kind));
  return DATASET_KIND_IDS.flatMap((kind) => {
    const section = kindInfo(kind).section;
    return section !== undefined && present.has(kind) ? [{ ...section, kind }] : [];
  });
}
