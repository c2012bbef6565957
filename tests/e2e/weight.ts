/** What a page transfers, compressed as a static host would serve it (gzip), by resource type. */
import { gzipSync } from 'node:zlib';
import type { Page, Response } from '@playwright/test';

export interface Weight {
  total: number;
  byType: Record<string, number>;
}

/** Starts recording; read the result after the page has settled. */
export function recordWeight(page: Page): () => Promise<Weight> {
  const responses: Response[] = [];
  page.on('response', (response) => void responses.push(response));
  return async () => {
    const weight: Weight = { total: 0, byType: {} };
    for (const response of responses) {
      if (response.status() >= 300) continue;
      const bytes = gzipSync(await response.body()).length;
      const type = response.request().resourceType();
      weight.byType[type] = (weight.byType[type] ?? 0) + bytes;
      weight.total += bytes;
    }
    return weight;
  };
}
