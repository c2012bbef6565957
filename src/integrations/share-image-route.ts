/**
 * The share image of a page, drawn on request: the endpoint `astro dev` serves at `/og/….png`
 * (share-images.ts injects it; `astro build` writes every image without it).
 */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus } from '@/data/corpus';
import { shareImageName } from '@/model/paths';
import type { ShareCard } from '@/model/share-cards';
import { cardsToDraw, imageCacheDir, shareImageFile } from '@/build/share-image';

export const getStaticPaths = (async () =>
  cardsToDraw(await getCorpus()).map(({ page, card }) => ({
    params: { image: shareImageName(page) },
    props: { card },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) => {
  const { file } = await shareImageFile(props.card, imageCacheDir());
  return new Response(readFileSync(file), { headers: { 'Content-Type': 'image/png' } });
};
