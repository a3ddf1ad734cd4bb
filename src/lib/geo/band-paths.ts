/**
 * A choropleth of many areas drawn as one SVG path per fill (band) instead of
 * one per area: a 3,000-area map then costs its outlines and a list of codes,
 * not 3,000 elements with their attributes. Each area's outline starts with an
 * absolute `M` and its further rings with a relative `m` (see the static map's
 * path writer), so a band's path splits back into its areas at each `M`, in
 * the order of its `codes`; the browser does that when the map is first used.
 */

/** One area of a choropleth: its code, SVG outline (one `M`, further rings `m`) and fill. */
export interface MapArea {
  code: string;
  d: string;
  fill: string;
}

/** One band of a banded choropleth: the fill, the codes of its areas in order and their outlines joined. */
export interface MapBand {
  fill: string;
  codes: string[];
  d: string;
}

/** Above this many areas a build-time choropleth is drawn one path per band. */
export const BANDED_MAP_ABOVE = 1000;

/**
 * The areas grouped by fill, bands in the order their first area comes, areas in
 * their given order within a band; areas with an empty outline are left out.
 */
export function bandPaths(areas: readonly MapArea[]): MapBand[] {
  const bands = new Map<string, { codes: string[]; parts: string[] }>();
  for (const a of areas) {
    if (a.d === '') continue;
    let band = bands.get(a.fill);
    if (!band) {
      band = { codes: [], parts: [] };
      bands.set(a.fill, band);
    }
    band.codes.push(a.code);
    band.parts.push(a.d);
  }
  return [...bands].map(([fill, b]) => ({ fill, codes: b.codes, d: b.parts.join('') }));
}

/**
 * The outlines of a band's areas, in the order of `codes`: its path split before each
 * absolute `M`. Throws when the counts differ (a path not written by `bandPaths`).
 */
export function splitBandPath(d: string, codes: readonly string[]): [string, string][] {
  const parts = d.split(/(?=M)/).filter((p) => p !== '');
  if (parts.length !== codes.length)
    throw new Error(`a band path has ${parts.length} outlines for ${codes.length} area codes`);
  return codes.map((code, i) => [code, parts[i] ?? '']);
}
