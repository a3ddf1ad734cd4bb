/**
 * Stable download links for the full data as CSV: `land/downloads/<dataset>.csv`
 * for each assets dataset and `land/downloads/all.csv` for all of them together.
 * The content-hashed files in `data/` change name with every new release; these
 * addresses do not, so they can be cited in papers and sent in emails.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { ALL, downloadPaths, downloadText } from '../../../site/assets/downloads.ts';

export const getStaticPaths: GetStaticPaths = () => downloadPaths();

export const GET: APIRoute = ({ params }) =>
  new Response(downloadText(params['name'] ?? ALL, 'csv'), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
