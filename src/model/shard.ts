/**
 * Building a large archive in parts (BENCHMARKS.md, "Beyond one machine"). `PARALLAX_SHARD=i/N`
 * builds the pages and share images of the i-th of N ranges of stories, sorted by id so a range
 * stays put as stories are added at the end. Shard 1 also builds the site-wide pages that list
 * things (home's pages, people, outlets); pages without parameters (search, 404, feed, schemas) are
 * the same in every shard, and each builds them. `scripts/merge-shards.ts` joins the parts into one
 * site and indexes it for search. Unset, everything is built, as always.
 */

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** `i/N` with 1 ≤ i ≤ N; anything else is refused by name, so a typo cannot build a partial site. */
export function parseShard(value: string | undefined): Shard | undefined {
  if (value === undefined || value === '') return undefined;
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || index < 1 || count < 1 || index > count) {
    throw new Error(`PARALLAX_SHARD=${value}: expected i/N with 1 ≤ i ≤ N, for example 1/2.`);
  }
  return { index, count };
}

/** The ids of the stories shard `shard` builds: the shard's contiguous slice of the sorted ids. */
export function storiesOfShard(storyIds: readonly string[], shard: Shard): Set<string> {
  const sorted = [...storyIds].sort();
  const size = Math.ceil(sorted.length / shard.count);
  return new Set(sorted.slice((shard.index - 1) * size, shard.index * size));
}

export interface ShardScope {
  /** Whether this build writes the pages of story `id`. */
  story: (id: string) => boolean;
  /** Whether this build writes the site-wide pages that list things (home's pages, people, outlets). */
  siteWide: boolean;
  /** Whether this build writes the page at `pagePath` (as `paths` gives it), by the rules above. */
  page: (pagePath: string) => boolean;
}

/** What this build writes, given every story's id and `PARALLAX_SHARD` (default: everything). */
export function shardScope(storyIds: readonly string[], value = process.env.PARALLAX_SHARD): ShardScope {
  const shard = parseShard(value);
  if (!shard) return { story: () => true, siteWide: true, page: () => true };
  const stories = storiesOfShard(storyIds, shard);
  const story = (id: string) => stories.has(id);
  const siteWide = shard.index === 1;
  return {
    story,
    siteWide,
    page: (pagePath) => {
      const id = /^\/stories\/([^/]+)\//.exec(pagePath)?.[1];
      return id === undefined ? siteWide : story(id);
    },
  };
}
