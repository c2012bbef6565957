/** Where a field sits in a YAML file, so warnings can point an editor at the line. Pure. */
import { isNode, LineCounter, parseDocument } from 'yaml';

/** A function from a field path (`['claims', 3, 'text']`) to its 1-based line in `source`, if found. */
export function yamlLines(source: string): (path: readonly (string | number)[]) => number | undefined {
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter });
  return (path) => {
    const node = doc.getIn(path, true);
    return isNode(node) && node.range ? counter.linePos(node.range[0]).line : undefined;
  };
}
