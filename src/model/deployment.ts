/**
 * Where a build will live, read from the environment in one place: the Astro config, the link
 * check, the workbench's schema links and the tests all ask here (README, "Deploying").
 */
type Env = Record<string, string | undefined>;

/** The origin a build uses when PARALLAX_SITE is not set (the dev server's). */
export const DEFAULT_SITE = 'http://localhost:4321';
/** The sub-path `npm test` also builds and browses the site under (`dist-sub/`). */
export const TEST_SUB_PATH = '/parallax/';

export interface Deployment {
  /** The public origin: PARALLAX_SITE, or DEFAULT_SITE. */
  site: string;
  /** The path the site lives under, always with a leading and a trailing slash: `/` or `/parallax/`. */
  base: string;
  /** Whether PARALLAX_SITE was set (a build for deployment must set it). */
  siteIsSet: boolean;
}

export function deployment(env: Env = process.env): Deployment {
  const rawBase = env.PARALLAX_BASE ?? '/';
  return {
    site: env.PARALLAX_SITE ?? DEFAULT_SITE,
    base: `/${rawBase.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/'),
    siteIsSet: env.PARALLAX_SITE !== undefined && env.PARALLAX_SITE !== '',
  };
}

/** The absolute URL of site path `path` (as `paths` gives it) in deployment `where`. */
export function deployedUrl(path: string, where: Deployment = deployment()): string {
  return new URL(`${where.base}${path.replace(/^\//, '')}`, where.site).href;
}
