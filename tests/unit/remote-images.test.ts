import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeNoRemoteImages } from '../../src/plugins/markdown.ts';

const img = (properties: Element['properties']): Element => ({
  type: 'element',
  tagName: 'img',
  properties,
  children: [],
});
const run = (image: Element) => {
  const tree: Root = { type: 'root', children: [image] };
  rehypeNoRemoteImages()(tree);
  return image.properties;
};

describe('summary images load nothing from another origin', () => {
  it('drops a remote or protocol-relative address and keeps the site’s own', () => {
    expect(run(img({ src: 'https://example.org/a.png', alt: 'a' }))).toEqual({ alt: 'a' });
    expect(run(img({ src: '//example.org/a.png' }))).toEqual({});
    expect(run(img({ src: '/images/a.png' }))).toEqual({ src: '/images/a.png' });
  });

  it('drops a srcset with any remote candidate, not only a remote first one', () => {
    expect(run(img({ srcSet: '/a.png 1x, https://example.org/a.png 2x' }))).toEqual({});
    expect(run(img({ srcSet: '/a.png 1x, /a@2x.png 2x' }))).toEqual({ srcSet: '/a.png 1x, /a@2x.png 2x' });
  });
});
