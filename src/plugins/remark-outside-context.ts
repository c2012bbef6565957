/**
 * Marks context from outside the reports, as the editorial rules require. In a summary:
 *
 *   :::outside-context
 *   The summit took place on 15 August 2025.
 *   :::
 *
 * renders an `<aside>` labelled "Outside context", and `:outside-context[15 August]` an inline
 * label. Any other container or leaf directive fails the build naming the file, so a typo never
 * reaches a page as raw `:::` text; text directives we do not know (`e.g.:note`) are put back as text.
 */
import type { Paragraph, PhrasingContent, Root } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
// Brings in the `hName`/`hProperties` fields that steer the mdast-to-hast conversion.
import type {} from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export const OUTSIDE_CONTEXT = 'outside-context';
const LABEL = 'Outside context';

type Directive = ContainerDirective | LeafDirective | TextDirective;

/** A `:::` fence at the start of a line of plain text: a directive that did not parse. */
const STRAY_FENCE = /(?:^|\n)[ \t]*:::/;

export default function remarkOutsideContext() {
  return (tree: Root, file: VFile) => {
    // A fence sharing its line with text (`:::outside-context The summit…`, as a prose rewrap
    // leaves it) is no directive to Markdown: it would print as raw colons and lose its marking.
    visit(tree, 'text', (node) => {
      if (STRAY_FENCE.test(node.value)) {
        file.fail(
          'A ":::" fence that is not on a line of its own: write ":::outside-context" and the closing ":::" each on their own line',
          node,
        );
      }
    });
    visit(tree, (node, index, parent) => {
      if (node.type !== 'containerDirective' && node.type !== 'leafDirective' && node.type !== 'textDirective') {
        return undefined;
      }
      const directive: Directive = node;
      if (directive.name !== OUTSIDE_CONTEXT) {
        if (directive.type === 'textDirective' && parent && index !== undefined) {
          const label = directive.children.length > 0;
          // A bare `:word` is ordinary text ("e.g.:note"); with a label or attributes it was
          // meant as a directive, so the Markdown check warns (unlike `::`, it prints readably).
          if (label || Object.keys(directive.attributes ?? {}).length > 0) {
            file.message(
              `Unknown inline directive ":${directive.name}", shown as text: the only directive in summaries is "${OUTSIDE_CONTEXT}"`,
              directive,
            );
          }
          parent.children.splice(
            index,
            1,
            { type: 'text', value: `:${directive.name}${label ? '[' : ''}` },
            ...directive.children,
            ...(label ? [{ type: 'text' as const, value: ']' }] : []),
          );
          return index;
        }
        file.fail(
          `Unknown directive "${directive.name}": the only directive in summaries is "${OUTSIDE_CONTEXT}"`,
          directive,
        );
      }
      if (directive.type === 'containerDirective') {
        const label: Paragraph = {
          type: 'paragraph',
          data: { hProperties: { className: ['outside-context-label'] } },
          children: [{ type: 'text', value: LABEL }],
        };
        directive.children.unshift(label);
        directive.data = { hName: 'aside', hProperties: { className: ['outside-context'], ariaLabel: LABEL } };
      } else {
        const marker: PhrasingContent = {
          type: 'text',
          value: '',
          data: {
            hName: 'span',
            hProperties: { className: ['outside-context-marker'] },
            hChildren: [{ type: 'text', value: `(${LABEL.toLowerCase()})` }],
          },
        };
        directive.data = { hName: 'span', hProperties: { className: ['outside-context-inline'] } };
        directive.children.push({ type: 'text', value: ' ' }, marker);
      }
      return undefined;
    });
  };
}
