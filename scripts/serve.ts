/**
 * `node scripts/serve.ts DIR [--port N] [--base /parallax/]`: serves a built site the way a static
 * host does (Netlify, Cloudflare Pages, GitHub Pages, a configured web server): files under the base
 * path, `index.html` for folders, a redirect from `/x` to `/x/`, the site's `404.html` with status
 * 404, gzip for text, and the response headers of the site's `_headers` file. Loopback only; used by
 * the browser tests and Lighthouse, and to look at a build locally.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { port: { type: 'string', default: '4322' }, base: { type: 'string', default: '/' } },
});
const root = positionals[0] ?? 'dist';
const base = values.base.replace(/\/?$/, '/');
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.xml', '.txt', '.svg']);

/** `_headers` rules: a path pattern (`*` matches anything) and the headers it adds. */
function readHeaderRules(): { pattern: RegExp; headers: [string, string][] }[] {
  const file = join(root, '_headers');
  if (!existsSync(file)) return [];
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const escaped = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${escaped}$`), headers: [] });
    } else {
      const colon = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}
const rules = readHeaderRules();

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();

createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  const send = (status: number, file: string, sitePath: string) => {
    const extension = extname(file);
    const headers: Record<string, string> = { 'Content-Type': types[extension] ?? 'application/octet-stream' };
    for (const rule of rules) {
      if (rule.pattern.test(sitePath)) for (const [name, value] of rule.headers) headers[name] = value;
    }
    let body = readFileSync(file);
    if (gzip && COMPRESSIBLE.has(extension)) {
      body = gzipSync(body);
      headers['Content-Encoding'] = 'gzip';
      headers.Vary = 'Accept-Encoding';
    }
    (response as ServerResponse).writeHead(status, headers);
    response.end(body);
  };
  const notFound = join(root, '404.html');
  const sitePath = path.slice(base.length - 1);
  const file = join(root, normalize(sitePath));
  if (!path.startsWith(base) || !file.startsWith(normalize(root))) send(404, notFound, '/404.html');
  else if (isFile(file)) send(200, file, sitePath);
  else if (path.endsWith('/') && isFile(join(file, 'index.html')))
    send(200, join(file, 'index.html'), `${sitePath}index.html`);
  else if (!path.endsWith('/') && isFile(join(file, 'index.html'))) {
    response.writeHead(301, { Location: `${path}/` });
    response.end();
  } else send(404, notFound, '/404.html');
}).listen(Number(values.port), '127.0.0.1', () => {
  console.log(`Serving ${root} at http://127.0.0.1:${values.port}${base}`);
});
