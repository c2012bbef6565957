/**
 * `npm run check:links [dir]`: every internal link and #fragment in the built site resolves.
 * Reads the base path and site URL from PARALLAX_BASE and PARALLAX_SITE, as the build does.
 */
import { deployment } from '../src/model/deployment.ts';
import { checkLinks } from '../src/build/link-check.ts';

const dir = process.argv[2] ?? 'dist';
const { base, site: origin } = deployment();
const report = checkLinks({ dir, base, origin });
const summary = `${report.pages} pages, ${report.links} internal links, ${report.fragments} fragments checked in ${dir} (base ${base})`;
if (report.broken.length > 0) {
  console.error(`${report.broken.length} broken links: ${summary}`);
  for (const b of report.broken) console.error(`  ${b.page}: ${b.link}: ${b.reason}`);
  process.exit(1);
}
console.log(`No broken links: ${summary}.`);
