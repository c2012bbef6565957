/** A 1200x630 share image for every page, drawn at build time (see src/lib/share-image.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus, getShardScope } from '../../data/corpus';
import { site } from '../../data/site';
import { paths } from '../../lib/paths';
import { shareCards, type ShareCard } from '../../lib/share-cards';
import { cachedShareImage, imageCacheDir, reportUncovered } from '../../lib/share-image';

/** Drawn images are kept here between builds (and deploys: README, "Caches"), keyed by their text. */
const CACHE_DIR = imageCacheDir();

export const getStaticPaths = (async () => {
  const corpus = await getCorpus();
  const scope = await getShardScope();
  const cards = shareCards(corpus, site).filter(({ page }) => scope.page(page));
  for (const { page, card } of cards) reportUncovered(card, page);
  return cards.map(({ page, card }) => ({
    params: { image: paths.shareImage(page).replace(/^\/og\/|\.png$/g, '') },
    props: { card },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) => {
  const png = await cachedShareImage(props.card, CACHE_DIR);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
