/**
 * What `npm run new:*` does, as a function (scripts/workbench/new.ts prints it and exits with its
 * status): writes the scaffolds of `src/build/workbench/scaffold.ts`, never over an existing file.
 * Ids are derived (or given) and checked: slug form, unique, people and outlets sharing one space.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { layout } from '../../src/build/content-layout.ts';
import { listEntries } from '../../src/build/content-files.ts';
import { parseContentYaml, splitFrontmatter } from '../../src/model/content-yaml.ts';
import { OUTLET_KINDS } from '../../src/schemas/outlet.ts';
import { slugify } from '../../src/build/workbench/draft.ts';
import {
  addReportToStory,
  analysisFile,
  outletFile,
  personFile,
  reportFile,
  storyFile,
} from '../../src/build/workbench/scaffold.ts';
import { command, parseCommandArgs, refuse, type CommandResult } from '../command.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const USAGE = 'Usage: npm run new:story | new:report | new:person | new:outlet -- …';

export interface WorkbenchOptions {
  /** The content root the files go under. */
  root: string;
  /** The source archive a new report's file must be in. */
  sourcesDir: string;
  /** Paths in messages are shown relative to it. */
  cwd: string;
}

/** `argv`: what follows `new.ts`, e.g. `['person', 'Lena Brook', '--anonymous']`. */
export function runNew(argv: string[], { root, sourcesDir, cwd }: WorkbenchOptions): CommandResult {
  return command((out) => {
    const shown = (path: string) => relative(cwd, path) || path;
    /** Writes a new file; an existing one is never replaced. */
    const create = (path: string, text: string) => {
      if (existsSync(path)) refuse(`${shown(path)} already exists: not overwritten.`);
      writeFileSync(path, text, { flag: 'wx' });
      out.push(`Created ${shown(path)}`);
    };
    /** People and outlets share one id space, so a new id must be free in both. */
    const sourceIdFree = (id: string) => {
      for (const collection of ['people', 'outlets'] as const) {
        if (listEntries(root, collection).some((e) => e.replace(/\.ya?ml$/, '') === id)) {
          refuse(
            `${shown(join(root, layout[collection].base, `${id}.yaml`))} already exists: "${id}" is taken (people and outlets share ids).`,
          );
        }
      }
    };

    const { values, positionals } = parseCommandArgs(
      {
        args: argv,
        allowPositionals: true,
        options: { id: { type: 'string' }, anonymous: { type: 'boolean', default: false }, kind: { type: 'string' } },
      },
      { message: USAGE, status: 1 },
    );
    const [what, ...args] = positionals;
    if (what === 'story') {
      const id = checkId(args[0] ?? refuse('Usage: npm run new:story -- <story-id>'), 'story');
      const dir = join(root, 'stories', id);
      if (existsSync(dir)) refuse(`${shown(dir)} already exists: not overwritten.`);
      mkdirSync(join(dir, 'reports'), { recursive: true });
      create(join(dir, 'story.md'), storyFile());
      create(join(dir, 'analysis.yaml'), analysisFile());
      out.push(
        `Next: fill story.md (npm run validate names every empty field), then add reports:\n  npm run new:report -- ${id} <archive-file> [<report-id>]`,
      );
    } else if (what === 'report') {
      const [story, archiveArg, given] = args;
      if (!story || !archiveArg) refuse('Usage: npm run new:report -- <story-id> <archive-file> [<report-id>]');
      const storyFilePath = join(root, 'stories', story, 'story.md');
      if (!existsSync(storyFilePath))
        refuse(`No story "${story}" (${shown(storyFilePath)}): npm run new:story -- ${story}`);
      const archive = basename(archiveArg);
      const id = checkId(given ?? slugify(archive.replace(/\.txt$/, '')), 'report');
      if (!/^[\w.-]+\.txt$/.test(archive)) refuse(`"${archive}": the archive must be a plain .txt file name.`);
      if (!existsSync(join(sourcesDir, archive))) {
        const here = existsSync(resolve(cwd, archiveArg)) ? ` It is at ${archiveArg}: copy it into ${sourcesDir}.` : '';
        refuse(`No "${archive}" in the source archive ${sourcesDir} (set PARALLAX_SOURCES_DIR).${here}`);
      }
      const reportsDir = join(root, 'stories', story, 'reports');
      mkdirSync(reportsDir, { recursive: true });
      const taken = readdirSync(reportsDir).find((f) => f === `${id}.md`);
      if (taken) refuse(`${shown(join(reportsDir, taken))} already exists: not overwritten.`);
      const storyText = readFileSync(storyFilePath, 'utf8');
      const updated = addReportToStory(storyText, id);
      create(join(reportsDir, `${id}.md`), reportFile(archive));
      writeFileSync(storyFilePath, updated);
      out.push(`Added "${id}" to reports: in ${shown(storyFilePath)}`);
      // The editorial check flags a title or dek that counts reports, but not the overview's prose.
      out.push(
        `The story now compares ${reportCount(updated)} reports: reread its title, dek and overview (story.md) and the report list atop analysis.yaml, which may count them.`,
      );
      out.push(
        `Next: fill its title and label, then draft its quotes and questions:\n  npm run draft -- ${story} ${id} --write`,
      );
    } else if (what === 'person' || what === 'outlet') {
      const name = args.join(' ').trim() || refuse(`Usage: npm run new:${what} -- "<Name>" [--id <id>]`);
      const id = checkId(values.id ?? slugify(name.replace(/^(?:an?|the)\s+/i, '')), what);
      sourceIdFree(id);
      const dir = join(root, what === 'person' ? layout.people.base : layout.outlets.base);
      mkdirSync(dir, { recursive: true });
      if (what === 'person') create(join(dir, `${id}.yaml`), personFile(name, { anonymous: values.anonymous }));
      else {
        if (values.kind && !(OUTLET_KINDS as readonly string[]).includes(values.kind))
          refuse(`--kind must be one of ${OUTLET_KINDS.join(', ')}`);
        create(join(dir, `${id}.yaml`), outletFile(name, values.kind));
      }
      out.push(`Refer to it as "${id}".`);
    } else {
      refuse(USAGE);
    }
  });
}

function checkId(id: string, what: string): string {
  if (!SLUG.test(id)) refuse(`"${id}" is not a valid ${what} id: use lowercase letters, digits and single hyphens.`);
  return id;
}

/** How many reports a story.md lists. */
function reportCount(storyText: string): number {
  const { data } = parseContentYaml(splitFrontmatter(storyText).frontmatter);
  const reports = (data as { reports?: unknown } | null)?.reports;
  return Array.isArray(reports) ? reports.length : 0;
}
