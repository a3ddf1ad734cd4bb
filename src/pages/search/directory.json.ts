// The site search index's directory: which shard file serves which prefix of a word.
import type { APIRoute } from 'astro';
import { searchIndex } from '../../site/search/search-index.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(searchIndex().directory), { headers: { 'Content-Type': 'application/json' } });
