/**
 * `npm run dev` checks the content as `npm run validate` does (schemas, cross-references, Markdown;
 * hedge warnings in the terminal), at start and on every save under the content root, and shows
 * what is wrong, file, line and field, in the terminal and in Vite's error overlay in the browser. A browser that connects while the content
 * is invalid is shown the overlay at once; when the content is valid again the page reloads.
 */
import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { contentRoot } from '../build/content-layout.ts';
import { contentWarnings, editorialContentWarnings, formatWarnings } from '../build/content-warnings.ts';
import { ContentError } from '../model/errors.ts';
import { checkContent } from '../build/content-check.ts';

const PLUGIN = 'parallax:content-check';

export default function contentCheckInDev(): AstroIntegration {
  return {
    name: PLUGIN,
    hooks: {
      'astro:server:setup': async ({ server, logger }) => {
        const root = resolve(contentRoot());
        let failing:
          | {
              type: 'error';
              err: {
                message: string;
                stack: string;
                plugin: string;
                id?: string;
                loc?: { file: string; line: number; column: number };
              };
            }
          | undefined;
        const hot = server.environments.client.hot;

        const check = async () => {
          try {
            const { files, markdown } = await checkContent(root);
            // Warnings do not stop the site: the terminal lists them, as `npm run validate` does.
            const hedges = contentWarnings(files);
            if (hedges.length > 0) logger.warn(formatWarnings(hedges));
            const editorial = editorialContentWarnings(files, markdown);
            if (editorial.length > 0) logger.warn(formatWarnings(editorial, 'Editorial check'));
            if (failing) {
              logger.info('Content is valid again.');
              failing = undefined;
              hot.send({ type: 'full-reload', path: '*' });
            }
          } catch (error) {
            if (!(error instanceof ContentError)) {
              // A bug in a check must not take the dev server down with it.
              logger.error(`The content check failed: ${String(error)}`);
              return;
            }
            // The reader has already given each issue its line and column.
            const { issues, message } = error;
            logger.error(message);
            const first = issues[0];
            failing = {
              type: 'error',
              err: {
                message,
                stack: '',
                plugin: PLUGIN,
                ...(first ? { id: resolve(first.file) } : {}),
                ...(first?.line
                  ? { loc: { file: resolve(first.file), line: first.line, column: first.column ?? 1 } }
                  : {}),
              },
            };
            hot.send(failing);
          }
        };

        let timer: NodeJS.Timeout | undefined;
        const soon = () => {
          clearTimeout(timer);
          timer = setTimeout(() => void check(), 150);
        };
        server.watcher.add(root);
        server.watcher.on('all', (_event, path) => {
          if (resolve(path).startsWith(root) && /\.(?:md|ya?ml)$/.test(path)) soon();
        });
        // A page opened (or reloaded) while the content is invalid gets the overlay as it connects.
        server.ws.on('connection', () => {
          if (failing) setTimeout(() => failing && hot.send(failing), 50);
        });
        await check();
      },
    },
  };
}
