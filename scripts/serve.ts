/**
 * `node scripts/serve.ts DIR [--port N] [--base /parallax/]`: serves a built site the way a static
 * host does (GitHub Pages, Netlify, a plain web server): files under the base path, `index.html`
 * for folders, a redirect from `/x` to `/x/`, and the site's `404.html` with status 404. For tests
 * of sub-path hosting; loopback only.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { port: { type: 'string', default: '4322' }, base: { type: 'string', default: '/' } },
});
const root = positionals[0] ?? 'dist';
const base = values.base.replace(/\/?$/, '/');
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();

createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  const send = (status: number, file: string) => {
    response.writeHead(status, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  };
  const notFound = join(root, '404.html');
  if (!path.startsWith(base)) return send(404, notFound);
  const file = join(root, normalize(path.slice(base.length - 1)));
  if (!file.startsWith(normalize(root))) return send(404, notFound);
  if (isFile(file)) return send(200, file);
  if (path.endsWith('/') && isFile(join(file, 'index.html'))) return send(200, join(file, 'index.html'));
  if (!path.endsWith('/') && isFile(join(file, 'index.html'))) {
    response.writeHead(301, { Location: `${path}/` });
    return response.end();
  }
  return send(404, notFound);
}).listen(Number(values.port), '127.0.0.1', () => {
  console.log(`Serving ${root} at http://127.0.0.1:${values.port}${base}`);
});
