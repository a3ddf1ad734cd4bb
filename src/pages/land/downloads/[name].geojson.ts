/** Stable download links for the full data as GeoJSON (see `[name].csv.ts`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { ALL, downloadPaths, downloadText } from '../../../site/assets/downloads.ts';

export const getStaticPaths: GetStaticPaths = () => downloadPaths();

export const GET: APIRoute = ({ params }) =>
  new Response(downloadText(params['name'] ?? ALL, 'geojson'), { headers: { 'Content-Type': 'application/geo+json' } });
