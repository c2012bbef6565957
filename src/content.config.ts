/**
 * Content collections: loaders only. The schemas live in `src/schemas`, the layout in
 * `src/build/content-layout.ts`, and the loader (`src/build/content-loader.ts`) reads every file with
 * the same reader as `npm run validate`, so the build and validation cannot disagree on a file.
 */
import { defineCollection } from 'astro:content';
import { contentLoader } from './build/content-loader.ts';
import { analysisSchema, outletSchema, personSchema, reportSchema, storySchema } from './schemas/index.ts';

export const collections = {
  stories: defineCollection({ loader: contentLoader('stories'), schema: storySchema }),
  reports: defineCollection({ loader: contentLoader('reports'), schema: reportSchema }),
  analyses: defineCollection({ loader: contentLoader('analyses'), schema: analysisSchema }),
  people: defineCollection({ loader: contentLoader('people'), schema: personSchema }),
  outlets: defineCollection({ loader: contentLoader('outlets'), schema: outletSchema }),
};
