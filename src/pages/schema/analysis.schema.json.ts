/** The JSON Schema of the story exports, generated from the content's own Zod schemas. */
import type { APIRoute } from 'astro';
import { absolute } from '@/data/site';
import { paths } from '@/model/paths';
import { storyExportJsonSchema } from '@/schemas/export';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(storyExportJsonSchema(absolute(paths.exportSchema())), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
