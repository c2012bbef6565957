/**
 * Types the typed lint needs and `astro check` supplies itself (its language service types
 * templates through `astro/jsx-runtime` and resolves `.astro` imports to the components).
 */

// astro-eslint-parser type-checks each .astro file as TSX against the global `JSX` namespace,
// which Astro leaves undeclared (its own `astroHTML.JSX.Element` is `HTMLElement | any`): without
// this, every `{list.map(...)}` in a template read as an unsafe `any` return.
declare namespace JSX {
  type Element = HTMLElement;
}

// A .astro component imported by a .ts file (the container-API tests), which TypeScript alone
// cannot resolve.
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const component: AstroComponentFactory;
  export default component;
}
