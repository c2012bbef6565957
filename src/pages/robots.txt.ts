/** robots.txt, pointing crawlers at the sitemap wherever the site is deployed. */
import type { APIRoute } from 'astro';
import { absolute } from '@/data/site';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute('/sitemap-index.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
