/**
 * Links to an exact passage of an original article with a URL text fragment (`#:~:text=`).
 * The fragment syntax gives `-`, `,` and `&` meanings of their own, so they are percent-encoded
 * on top of the usual URI component encoding.
 */
export function textFragmentUrl(url: string, passage: string): string {
  const text = passage.replace(/\s+/g, ' ').trim();
  const encoded = encodeURIComponent(text).replace(/-/g, '%2D');
  const [withoutHash = url] = url.split('#');
  return `${withoutHash}#:~:text=${encoded}`;
}
