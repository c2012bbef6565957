import { describe, expect, it } from 'vitest';
import { distFiles, read } from './built-site.ts';

/** `_headers` as { path pattern: { header: value } }. */
function parseHeaders(text: string): Record<string, Record<string, string>> {
  const rules: Record<string, Record<string, string>> = {};
  let current: Record<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) rules[line.trim()] = current = {};
    else if (current) {
      const [name, ...value] = line.trim().split(':');
      current[name!.trim()] = value.join(':').trim();
    }
  }
  return rules;
}

describe('the _headers file', () => {
  const rules = parseHeaders(read('_headers'));

  it('sends the security headers on every path', () => {
    const all = rules['/*']!;
    expect(all['X-Content-Type-Options']).toBe('nosniff');
    expect(all['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(all['Permissions-Policy']).toMatch(/camera=\(\)/);
    const policy = all['Content-Security-Policy']!;
    expect(policy).toMatch(/frame-ancestors 'none'/);
    expect(policy).toMatch(/object-src 'none'/);
    // Enforced together with each page's <meta> policy: restricting scripts or styles here would
    // block the inline code that the <meta> allows by hash.
    expect(policy).not.toMatch(/default-src|script-src|style-src|unsafe-inline|unsafe-eval/);
  });

  it('caches only hashed assets for long', () => {
    const longLived = Object.entries(rules).filter(([, headers]) => /max-age=[1-9]/.test(headers['Cache-Control'] ?? ''));
    expect(longLived.map(([path]) => path)).toEqual(['/_astro/*']);
    // Whatever Astro writes there (the stylesheet, the web fonts; scripts are inlined) is named by a
    // hash: `name.<hash>.css`, and `fonts/<hash>.woff2` from the Fonts API.
    const assets = distFiles().filter((f) => f.startsWith('_astro/'));
    expect(assets.filter((f) => f.endsWith('.css')).length).toBeGreaterThan(0);
    expect(assets.filter((f) => f.endsWith('.woff2')).length).toBeGreaterThan(0);
    for (const file of assets) expect(file).toMatch(/(\.[\w-]{8,}\.\w+|^_astro\/fonts\/[0-9a-f]{16}\.woff2)$/);
    // Files whose content changes under the same name are not in it.
    const changing = distFiles().filter((f) => /\.(html|xml|json|png|txt)$/.test(f) || f === 'pagefind/pagefind.js');
    expect(changing.length).toBeGreaterThan(0);
    expect(changing.filter((f) => f.startsWith('_astro/'))).toEqual([]);
  });
});

describe('the Content-Security-Policy of every page', () => {
  const pages = distFiles().filter((f) => f.endsWith('.html'));
  it.each(pages)('%s forbids inline script and style without a hash', (file) => {
    const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(read(file))?.[1];
    expect(policy).toBeDefined();
    const directive = (name: string) => policy!.split(';').find((d) => d.trim().startsWith(`${name} `)) ?? '';
    expect(directive('script-src')).toMatch(/^ ?script-src 'self'/);
    expect(directive('style-src')).toMatch(/^ ?style-src 'self'/);
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(directive('object-src')).toContain("'none'");
    // WebAssembly, which Pagefind needs, is allowed on the search page alone.
    expect(policy!.includes("'wasm-unsafe-eval'")).toBe(file === 'search/index.html');
  });
});
