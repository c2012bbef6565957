/** RSS feed of stories. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCorpus } from '@/data/corpus';
import { absolute, site } from '@/data/site';
import { paths } from '@/model/paths';
import { routes } from '@/model/routes';

export const GET: APIRoute = async () => {
  const stories = routes.story.pages(await getCorpus());
  return rss({
    title: site.feedTitle,
    description: site.description,
    site: absolute(paths.home()),
    items: stories.map(({ path, props: { story } }) => ({
      title: story.title,
      description: story.dek,
      link: absolute(path),
      // Stories carry no publication date of their own; the latest event covered orders the feed.
      pubDate: new Date(`${story.dates.last}T00:00:00Z`),
      categories: story.topics.map((t) => t.label),
    })),
  });
};
