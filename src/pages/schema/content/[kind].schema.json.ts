/** The JSON Schemas of content files (analysis.yaml, people, outlets, report and story frontmatter), for editors' tools. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { absolute } from '@/data/site';
import { paths } from '@/model/paths';
import { CONTENT_KINDS, contentJsonSchema, type ContentKind } from '@/build/workbench/json-schemas';

export const getStaticPaths = (() => CONTENT_KINDS.map((kind) => ({ params: { kind } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const kind = params.kind as ContentKind;
  return new Response(`${JSON.stringify(contentJsonSchema(kind, absolute(paths.contentSchema(kind))), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
};
