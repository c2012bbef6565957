/**
 * The share image of a page, drawn on request: the endpoint `astro dev` serves at `/og/….png`
 * (share-images.ts injects it; `astro build` writes every image without it).
 */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus, getShardScope } from '@/data/corpus';
import { shareImageName } from '@/model/paths';
import { shareCards } from '@/model/routes';
import type { ShareCard } from '@/model/share-cards';
import { imageCacheDir, reportUncovered, shareImageFile } from '@/build/share-image';

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
  const { file } = await shareImageFile(props.card, imageCacheDir());
  return new Response(readFileSync(file), { headers: { 'Content-Type': 'image/png' } });
};
