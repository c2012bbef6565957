/**
 * Typed lint only: astro-eslint-parser type-checks each .astro file as TSX against the global
 * `JSX` namespace, which Astro leaves undeclared (and its own `astroHTML.JSX.Element` is
 * `HTMLElement | any`), so every `{list.map(...)}` in a template read as an unsafe `any` return.
 * `astro check` types templates through `astro/jsx-runtime` and does not read this.
 */
import 'astro/astro-jsx';

declare global {
  namespace JSX {
    type Element = HTMLElement;
  }
}
