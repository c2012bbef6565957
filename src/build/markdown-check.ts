/**
 * Runs every Markdown body (story overviews, report summaries) through the site's remark plugins
 * before the build, because Astro only logs a body that fails to render and still writes the site.
 * The remark stage is where content can be refused (an unknown directive); it is also cheap.
 */
import remarkParse from 'remark-parse';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { remarkContentPlugins } from '../plugins/markdown.ts';
import type { ContentFiles } from './content-files.ts';
import { ContentError, type ContentIssue } from '../model/errors.ts';

/** A warning from the Markdown plugins (an unknown inline directive), with its file line. */
export interface MarkdownWarning {
  file: string;
  field: string;
  message: string;
  line: number | undefined;
}

/** Throws a ContentError for bodies the pipeline refuses; returns the warnings it gave on the rest. */
export async function checkMarkdownBodies(files: ContentFiles): Promise<MarkdownWarning[]> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkContentPlugins as PluggableList);
  const issues: ContentIssue[] = [];
  const warnings: MarkdownWarning[] = [];
  for (const { file, body, bodyLine } of [...files.stories, ...files.reports]) {
    const vfile = new VFile({ path: file, value: body });
    try {
      await processor.run(processor.parse(vfile), vfile);
      for (const message of vfile.messages) {
        const line = message.line ? message.line + bodyLine : undefined;
        warnings.push({ file, field: 'body', message: message.reason, line });
      }
    } catch (error) {
      const { reason, line } = error as { reason?: string; line?: number };
      issues.push({
        file,
        field: line ? `body (line ${line + bodyLine})` : 'body',
        message: reason ?? String(error),
      });
    }
  }
  if (issues.length > 0) throw new ContentError(issues);
  return warnings;
}
