/**
 * The anchor the whole build is compared with: a plain Astro blog as Astro's blog starter makes
 * it (a `blog` content collection of Markdown posts with title, description and date, one
 * `BlogPost` layout, a post list, the home page, an RSS feed and the sitemap), with `posts` seeded
 * posts of about 800 words. Written under `.bench/` and built with the project's own Astro.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRng, type Rng } from '../newsroom/prng.ts';

const WORDS = (
  'the a of and to in is that for on with as by at from this it be are was were has have had not but or ' +
  'city council report budget water bridge road school hospital court police mayor minister plan vote year ' +
  'week month people residents officials workers families business market price cost fund project system ' +
  'service public local national regional new old first last early late major minor small large long short ' +
  'said says told asked agreed denied announced expected reported described opened closed approved rejected ' +
  'after before during while because although since until when where which who whose how why what more less ' +
  'most many few several some every each other another same different whole half quarter million thousand'
).split(' ');

function sentence(rng: Rng): string {
  const words = Array.from({ length: rng.int(8, 22) }, () => rng.pick(WORDS));
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

const paragraph = (rng: Rng, sentences: number) => Array.from({ length: sentences }, () => sentence(rng)).join(' ');

/** One post: front matter as the starter's schema has it, then ~800 words under a few headings. */
function post(rng: Rng, i: number): string {
  const title = sentence(rng).slice(0, -1).split(' ').slice(0, rng.int(4, 9)).join(' ');
  const day = new Date(Date.UTC(2020, 0, 1) + i * 3_600_000 * 7).toISOString().slice(0, 10);
  const body: string[] = [];
  let words = 0;
  for (let section = 1; words < 800; section++) {
    body.push(`## ${sentence(rng).split(' ').slice(0, 4).join(' ')}`);
    for (let p = 0; p < 3 && words < 800; p++) {
      const text = paragraph(rng, rng.int(3, 6));
      words += text.split(' ').length;
      body.push(rng.chance(0.15) ? `- ${text.split('. ').join('.\n- ')}` : text);
    }
  }
  return [
    '---',
    `title: ${JSON.stringify(title)}`,
    `description: ${JSON.stringify(sentence(rng))}`,
    `pubDate: ${day}`,
    '---',
    '',
    body.join('\n\n'),
    '',
  ].join('\n');
}

const FILES: Record<string, string> = {
  'astro.config.mjs': `import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
export default defineConfig({ site: 'https://example.com', integrations: [sitemap()] });
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
const blog = defineCollection({
  loader: glob({ base: './src/content/blog', pattern: '**/*.md' }),
  schema: z.object({ title: z.string(), description: z.string(), pubDate: z.coerce.date() }),
});
export const collections = { blog };
`,
  'src/layouts/BlogPost.astro': `---
const { title, description, pubDate } = Astro.props;
---
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width,initial-scale=1" />
    <title>{title}</title>
    <meta name="description" content={description} />
    <link rel="canonical" href={new URL(Astro.url.pathname, Astro.site)} />
    <link rel="alternate" type="application/rss+xml" href="/rss.xml" />
  </head>
  <body>
    <header><nav><a href="/">Home</a> <a href="/blog/">Blog</a></nav></header>
    <main>
      <article>
        <h1>{title}</h1>
        <time datetime={pubDate.toISOString()}>{pubDate.toLocaleDateString('en-us', { year: 'numeric', month: 'short', day: 'numeric' })}</time>
        <slot />
      </article>
    </main>
    <footer>&copy; The blog</footer>
  </body>
</html>
`,
  'src/pages/blog/[...slug].astro': `---
import { getCollection, render } from 'astro:content';
import BlogPost from '../../layouts/BlogPost.astro';
export async function getStaticPaths() {
  const posts = await getCollection('blog');
  return posts.map((post) => ({ params: { slug: post.id }, props: post }));
}
const post = Astro.props;
const { Content } = await render(post);
---
<BlogPost {...post.data}><Content /></BlogPost>
`,
  'src/pages/blog/index.astro': `---
import { getCollection } from 'astro:content';
const posts = (await getCollection('blog')).sort((a, b) => b.data.pubDate.valueOf() - a.data.pubDate.valueOf());
---
<html lang="en"><head><meta charset="utf-8" /><title>Blog</title></head>
<body><main><ul>{posts.map((post) => <li><a href={\`/blog/\${post.id}/\`}>{post.data.title}</a></li>)}</ul></main></body></html>
`,
  'src/pages/index.astro': `<html lang="en"><head><meta charset="utf-8" /><title>The blog</title></head>
<body><main><h1>The blog</h1><p><a href="/blog/">All posts</a></p></main></body></html>
`,
  'src/pages/rss.xml.js': `import rss from '@astrojs/rss';
import { getCollection } from 'astro:content';
export async function GET(context) {
  const posts = await getCollection('blog');
  return rss({ title: 'The blog', description: 'Posts', site: context.site, items: posts.map((post) => ({ ...post.data, link: \`/blog/\${post.id}/\` })) });
}
`,
};

/** Writes the blog into `dir` unless the same posts and seed are already there; returns `dir`. */
export function writeAnchorBlog(dir: string, posts: number, seed: string): string {
  const stamp = join(dir, 'anchor.json');
  const wanted = JSON.stringify({ posts, seed, files: FILES });
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) return dir;
  rmSync(dir, { recursive: true, force: true });
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  const blog = join(dir, 'src/content/blog');
  mkdirSync(blog, { recursive: true });
  const rng = createRng(`anchor-${seed}`);
  for (let i = 0; i < posts; i++) {
    writeFileSync(join(blog, `post-${String(i + 1).padStart(5, '0')}.md`), post(rng.fork(String(i)), i));
  }
  writeFileSync(stamp, wanted);
  return dir;
}
