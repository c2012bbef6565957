/** A story's analysis as open data, at a stable URL (schema: /schema/analysis.schema.json). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { staticPaths } from '@/data/corpus';
import { absolute } from '@/data/site';
import { storyExport } from '@/model/export';
import { routes, type PropsOf } from '@/model/routes';

/** One export beside each story page, routed by the same parameter. */
export const getStaticPaths = (() => staticPaths(routes.story)) satisfies GetStaticPaths;

export const GET: APIRoute<PropsOf<typeof routes.story>> = ({ props }) => {
  return new Response(`${JSON.stringify(storyExport(props.story, absolute), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
