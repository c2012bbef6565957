/**
 * `npm run validate [-- --strict]`: reads, validates and joins every content file, before Astro
 * writes anything. Exits 1 with one line per problem (file, field, message) when the content is
 * invalid. Then lists the hedge check's warnings (`src/model/hedge-check.ts`) and the editorial ones
 * (`src/build/editorial-warnings.ts`): they leave the exit code at 0, unless `--strict` is given,
 * when any warning makes it 1. Lists pending `*.draft.yaml` files (`npm run draft`), which the
 * build ignores. The work itself: scripts/validate.ts.
 */
import { parseArgs } from 'node:util';
import { contentRoot } from '../src/build/content-layout.ts';
import { finish } from './command.ts';
import { validateContent } from './validate.ts';

const { values } = parseArgs({ options: { strict: { type: 'boolean', default: false } } });
finish(await validateContent(contentRoot(), { strict: values.strict }));
