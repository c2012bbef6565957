import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE, deployedUrl, deployment } from '../../src/model/deployment.ts';

describe('the deployment settings', () => {
  it('default to the dev server’s origin at the root, and say the origin was not set', () => {
    expect(deployment({})).toEqual({ site: DEFAULT_SITE, base: '/', siteIsSet: false });
  });

  it('give the base path one leading and one trailing slash, however it was written', () => {
    for (const written of ['/parallax/', '/parallax', 'parallax', 'parallax/']) {
      expect(deployment({ PARALLAX_BASE: written }).base, written).toBe('/parallax/');
    }
    expect(deployment({ PARALLAX_BASE: '/a/b' }).base).toBe('/a/b/');
    expect(deployment({ PARALLAX_BASE: '' }).base).toBe('/');
  });

  it('make absolute URLs under the base path on the public origin', () => {
    const where = deployment({ PARALLAX_SITE: 'https://news.example.org', PARALLAX_BASE: '/parallax' });
    expect(where.siteIsSet).toBe(true);
    expect(deployedUrl('/stories/x/', where)).toBe('https://news.example.org/parallax/stories/x/');
    expect(deployedUrl('/', deployment({}))).toBe(`${DEFAULT_SITE}/`);
  });
});
