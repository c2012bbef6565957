/** A 1200x630 share image for every page, drawn at build time (see src/build/share-image.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus, getShardScope } from '@/data/corpus';
import { shareImageName } from '@/model/paths';
import { shareCards } from '@/model/routes';
import type { ShareCard } from '@/model/share-cards';
import { cachedShareImage, imageCacheDir, reportUncovered } from '@/build/share-image';

/** Drawn images are kept here between builds (and deploys: README, "Caches"), keyed by their text. */
const CACHE_DIR = imageCacheDir();

export const getStaticPaths = (async () => {
  const corpus = await getCorpus();
  const scope = await getShardScope();
  return shareCards(corpus)
    .filter(({ page }) => scope.page(page))
    .map(({ page, card }) => {
      reportUncovered(card, page);
      return { params: { image: shareImageName(page) }, props: { card } };
    });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) => {
  const png = await cachedShareImage(props.card, CACHE_DIR);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
