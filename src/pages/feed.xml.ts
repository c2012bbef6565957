/** RSS feed of stories. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCorpus } from '../data/corpus';
import { absolute, site } from '../data/site';
import { paths } from '../lib/paths';

export const GET: APIRoute = async () => {
  const { stories } = await getCorpus();
  return rss({
    title: `${site.name}: stories`,
    description: site.description,
    site: absolute(paths.home()),
    items: stories.map((story) => ({
      title: story.title,
      description: story.dek,
      link: absolute(paths.story(story.id)),
      // Stories carry no publication date of their own; the latest event covered orders the feed.
      pubDate: new Date(
        `${
          story.events
            .map((e) => e.date)
            .sort()
            .at(-1) ?? ''
        }T00:00:00Z`,
      ),
      categories: story.topics.map((t) => t.label),
    })),
  });
};
