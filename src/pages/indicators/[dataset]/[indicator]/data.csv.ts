/**
 * Every area and period of one indicator as CSV, at a stable address
 * (`indicators/<dataset>/<indicator>/data.csv`): value, limits, benchmark,
 * comparison and rank. Suppressed values are written "suppressed".
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { findIndicatorPage, indicatorPages } from '../../../../site/indicator-pages.ts';
import { indicatorCsv } from '../../../../lib/indicators/indicator-csv.ts';

export const getStaticPaths = (() =>
  indicatorPages().map((p) => ({
    params: { dataset: p.dataset.id, indicator: p.entry.slug },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(indicatorCsv(findIndicatorPage(params['dataset'] ?? '', params['indicator'] ?? '').figures), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
