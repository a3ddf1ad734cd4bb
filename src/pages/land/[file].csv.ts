/**
 * Every area holding a record with its counts by status, as CSV (`land/areas.csv`): what the land
 * page's table by area shows, for all areas when the table shows only some. A to Z by area name.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { areaCountRows, areaCountsCsv } from '../../lib/assets/area-counts.ts';
import { areaStatusCounts, landData } from '../../site/assets/land-data.ts';
import { loadManifest } from '../../site/manifest.ts';

/** Only `areas`, and only on a site with a land page (a dynamic route so that it can be left out). */
export const getStaticPaths = (() =>
  loadManifest().datasets.some((d) => d.kind === 'assets')
    ? [{ params: { file: 'areas' } }]
    : []) satisfies GetStaticPaths;

export const GET: APIRoute = () => {
  const { estate } = landData();
  const csv = areaCountsCsv(areaCountRows(estate.dict.area, areaStatusCounts()), estate.categories);
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
