/**
 * `astro build` checks the content before anything is written, as `npm run validate` does (schemas,
 * cross-references, Markdown; hedge and editorial warnings listed, not fatal), and stops with every
 * problem, `file:line:column: field: message`, and a non-zero exit. After the pages are written it
 * checks that every story it validated got its page: a content store that did not reach the pages
 * (an Astro upgrade that changed what content-store-from-disk.ts relies on) builds without error.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentRoot } from '../build/content-layout.ts';
import { contentWarnings, editorialContentWarnings, formatWarnings } from '../build/content-warnings.ts';
import { count, nouns } from '../model/labels.ts';
import type { Corpus } from '../model/corpus.ts';
import { ContentError } from '../model/errors.ts';
import { paths } from '../model/paths.ts';
import { parseShard, shardScope } from '../model/shard.ts';
import { recordTimings } from './build-timings.ts';
import { checkContentOnce } from '../build/content-check.ts';

/** Why a build that passed validation is still not a site. */
export class MissingPages extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MissingPages';
  }
}

/** The integration, and the corpus it validated (once `astro:config:setup` has run) for the others. */
export default function contentCheckOnBuild(): AstroIntegration & { corpus: () => Corpus | undefined } {
  let storyIds: string[] | undefined;
  let valid: Corpus | undefined;
  return {
    corpus: () => valid,
    name: 'parallax:content-check-on-build',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build') return;
        const started = performance.now();
        // Invalid content ends the build here, before the content store or any page is written. The
        // process exits at once rather than throwing: a throw from this hook sometimes left Astro's
        // build() never settling (a hung `astro build`, seen in about one failed build in twenty).
        let checked;
        try {
          checked = await checkContentOnce(contentRoot());
        } catch (error) {
          if (!(error instanceof ContentError)) throw error;
          logger.error(error.message);
          process.exit(1);
        }
        const { files, corpus, markdown } = checked;
        valid = corpus;
        recordTimings({ validateMs: Math.round(performance.now() - started) });
        storyIds = corpus.stories.map((story) => story.id);
        // A part of a sharded build (src/model/shard.ts) writes only its own stories' pages.
        const shard = parseShard(process.env.PARALLAX_SHARD);
        if (shard) {
          storyIds = storyIds.filter(shardScope(storyIds).story);
          logger.info(`Building shard ${shard.index} of ${shard.count}: ${count(storyIds.length, nouns.story)}.`);
        }
        logger.info(`Content is valid: ${count(corpus.stories.length, nouns.story)}.`);
        const hedges = contentWarnings(files);
        if (hedges.length > 0) logger.warn(formatWarnings(hedges));
        const editorial = editorialContentWarnings(files, markdown);
        if (editorial.length > 0) logger.warn(formatWarnings(editorial, 'Editorial check'));
      },
      'astro:build:done': ({ dir }) => {
        if (!storyIds) return;
        const out = fileURLToPath(dir);
        const missing = storyIds.filter((id) => !existsSync(join(out, paths.story(id), 'index.html')));
        if (missing.length > 0) {
          throw new MissingPages(
            `The build wrote no page for ${count(missing.length, nouns.story)} of ${storyIds.length} (${missing.join(', ')}): ` +
              'the content store did not reach the pages (see src/integrations/content-store-from-disk.ts).',
          );
        }
      },
    },
  };
}
