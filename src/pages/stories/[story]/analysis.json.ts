/** A story's analysis as open data, at a stable URL (schema: /schema/analysis.schema.json). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus, getShardScope } from '../../../data/corpus';
import { absolute } from '../../../data/site';
import type { StoryView } from '../../../lib/corpus';
import { storyExport } from '../../../lib/export';

export const getStaticPaths = (async () => {
  const { stories } = await getCorpus();
  const scope = await getShardScope();
  return stories
    .filter((story) => scope.story(story.id))
    .map((story) => ({ params: { story: story.id }, props: { story } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ story: StoryView }> = ({ props }) => {
  return new Response(`${JSON.stringify(storyExport(props.story, absolute), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
