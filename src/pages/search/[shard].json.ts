// One shard of the site search index (see src/site/search/search-index.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { searchIndex } from '../../site/search/search-index.ts';

export const getStaticPaths = (() =>
  [...searchIndex().shards.keys()].map((name) => ({
    params: { shard: name.replace(/\.json$/, '') },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const shard = searchIndex().shards.get(`${params.shard ?? ''}.json`);
  return new Response(JSON.stringify(shard), { headers: { 'Content-Type': 'application/json' } });
};
