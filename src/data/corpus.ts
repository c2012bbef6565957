/**
 * The one data module pages read through: loads the collections once per build, joins and checks
 * them with `buildCorpus`, and renders Markdown bodies. Pages never call `getCollection` themselves.
 */
import { getCollection, getEntry, render } from 'astro:content';
import { locateIssues } from '../build/content-entry.ts';
import { buildCorpus, type Corpus } from '../model/corpus.ts';
import { ContentError } from '../model/errors.ts';
import type { Route } from '../model/routes.ts';
import { shardScope, type ShardScope } from '../model/shard.ts';

let corpus: Promise<Corpus> | undefined;

/** The joined, validated corpus; a ContentError here fails the build with file and field. */
export function getCorpus(): Promise<Corpus> {
  corpus ??= load();
  return corpus;
}

async function load(): Promise<Corpus> {
  const [stories, reports, analyses, people, outlets] = await Promise.all([
    getCollection('stories'),
    getCollection('reports'),
    getCollection('analyses'),
    getCollection('people'),
    getCollection('outlets'),
  ]);
  const source = <T>(entry: { id: string; filePath?: string | undefined; data: T }) => ({
    id: entry.id,
    file: entry.filePath ?? entry.id,
    data: entry.data,
  });
  try {
    return buildCorpus({
      stories: stories.map(source),
      reports: reports.map(source),
      analyses: analyses.map(source),
      people: people.map(source),
      outlets: outlets.map(source),
    });
  } catch (error) {
    // Cross-reference problems name a field; add its line:column from the file.
    if (error instanceof ContentError) throw new ContentError(locateIssues(error.issues));
    throw error;
  }
}

/** Which pages this build writes: all of them, or one shard's (`PARALLAX_SHARD`, src/model/shard.ts). */
export async function getShardScope(): Promise<ShardScope> {
  const { stories } = await getCorpus();
  return shardScope(stories.map((story) => story.id));
}

/** A page file's `getStaticPaths`: the pages of its kind in the route table (src/model/routes.ts) this build writes. */
export async function staticPaths<Props>(route: Route<Props>) {
  const corpus = await getCorpus();
  const scope = await getShardScope();
  return route
    .pages(corpus)
    .filter(({ path }) => scope.page(path))
    .map(({ params, props }) => ({ params, props }));
}

/** Renders a story's overview (the body of its story.md). */
export async function renderStoryOverview(storyId: string) {
  const entry = await getEntry('stories', storyId);
  if (!entry) throw new Error(`No story "${storyId}"`);
  return render(entry);
}

/** Renders a report's summary (the body of its Markdown file), by `<story>/<report>` key. */
export async function renderReportSummary(key: string) {
  const entry = await getEntry('reports', key);
  if (!entry) throw new Error(`No report "${key}"`);
  return render(entry);
}
