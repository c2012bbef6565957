/** Where a field sits in a YAML file, so warnings can point an editor at the line. Pure. */
import { parseContentYaml } from './content-yaml.ts';

/**
 * A function from a field path (`['claims', 3, 'text']`) to its 1-based line in `source`, if found.
 * Reads with the content reader (`content-yaml.ts`); a file it refuses has no lines to give.
 */
export function yamlLines(source: string): (path: readonly (string | number)[]) => number | undefined {
  try {
    const parsed = parseContentYaml(source);
    return (path) => parsed.find(path)?.line;
  } catch {
    return () => undefined;
  }
}
