/**
 * `npm run verify:sources`: checks every quote, excerpt and quoted passage of our prose against the
 * reports' archived copies (scripts/verify.ts). The archive is read from `PARALLAX_SOURCES_DIR`
 * (default `../shared/sources`); it is never copied into the project. Without it the check is
 * skipped with one line, unless `PARALLAX_REQUIRE_SOURCES=1` (this repository's CI) makes that exit 2.
 */
import { contentRoot, sourcesDir } from '../src/build/content-layout.ts';
import { finish } from './command.ts';
import { verifySources } from './verify.ts';

finish(
  verifySources(contentRoot(), {
    sourcesDir: sourcesDir(),
    required: process.env.PARALLAX_REQUIRE_SOURCES === '1',
  }),
);
