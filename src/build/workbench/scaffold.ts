/**
 * The text of new content files: every field present, each explained by its schema's own
 * description (through the generated JSON Schema), required fields left empty so validation names
 * each one until it is filled, optional ones commented out. Pure: the command writes the files.
 */
import { deployedUrl, deployment } from '../../model/deployment.ts';
import { paths } from '../../model/paths.ts';
import { contentJsonSchema, type ContentKind } from './json-schemas.ts';

interface JsonSchema {
  type?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  default?: unknown;
  minItems?: number;
  maxLength?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
}

/** Where the published JSON Schema of `kind` lives, for `# yaml-language-server: $schema=…`. */
export function schemaUrl(kind: ContentKind, env: Record<string, string | undefined> = process.env): string {
  return deployedUrl(paths.contentSchema(kind), deployment(env));
}

export const modeline = (kind: ContentKind, env?: Record<string, string | undefined>) =>
  `# yaml-language-server: $schema=${schemaUrl(kind, env)}`;

/** One comment line: the description, then what the value may be. */
function explain(schema: JsonSchema, required: boolean): string {
  const facts: string[] = [required ? 'required' : 'optional'];
  if (schema.enum) facts.push(`one of: ${schema.enum.join(', ')}`);
  if (schema.default !== undefined) facts.push(`default ${JSON.stringify(schema.default)}`);
  if (schema.maxLength) facts.push(`at most ${schema.maxLength} characters`);
  if (schema.minItems) facts.push(`at least ${schema.minItems}`);
  return `${schema.description ?? ''} (${facts.join('; ')})`.trim();
}

const yamlValue = (value: unknown): string =>
  typeof value === 'string'
    ? /^[\w-]+$/.test(value) && !/^(?:true|false|null|yes|no|\d+)$/i.test(value)
      ? value
      : `'${value.replace(/'/g, "''")}'`
    : Array.isArray(value)
      ? `[${value.map(yamlValue).join(', ')}]`
      : JSON.stringify(value);

/** The empty value of a required field: validation names it until an editor fills it. */
function placeholder(schema: JsonSchema): string {
  if (schema.enum && schema.default === undefined) return "''";
  if (schema.default !== undefined) return yamlValue(schema.default);
  if (schema.type === 'array') return '[]';
  if (schema.type === 'boolean') return 'false';
  if (schema.type === 'object') return '{}';
  return "''";
}

/**
 * YAML lines for an object schema's fields at `indent`: known `values` written as given, required
 * fields as placeholders (arrays of objects as one item to copy), optional ones commented out.
 */
export function fieldLines(schema: JsonSchema, values: Record<string, unknown>, indent = ''): string[] {
  const lines: string[] = [];
  for (const [key, prop] of Object.entries(schema.properties ?? {})) {
    const required = schema.required?.includes(key) ?? false;
    lines.push(`${indent}# ${explain(prop, required)}`);
    if (key in values) {
      lines.push(`${indent}${key}: ${yamlValue(values[key])}`);
    } else if (prop.type === 'array' && prop.items?.properties && required) {
      lines.push(`${indent}${key}:`);
      const item = fieldLines(prop.items, {}, `${indent}    `);
      // The first field line after its comment takes the list dash.
      const first = item.findIndex((l) => !l.trimStart().startsWith('#'));
      lines.push(...item.map((l, i) => (i === first ? `${indent}  - ${l.trimStart()}` : l)));
    } else if (required || prop.default !== undefined) {
      lines.push(`${indent}${key}: ${placeholder(prop)}`);
      if (key === 'positions')
        lines.push(`${indent}#   <report-id>: { stance: asserts, evidence: '<verbatim words of the report>' }`);
    } else {
      lines.push(`${indent}# ${key}: ${placeholder(prop)}`);
    }
  }
  return lines;
}

const schemaOf = (kind: ContentKind) => contentJsonSchema(kind) as JsonSchema;

export function personFile(name: string, options: { anonymous?: boolean } = {}): string {
  const values: Record<string, unknown> = { name };
  if (options.anonymous) values.anonymous = true;
  return `${[modeline('person'), ...fieldLines(schemaOf('person'), values)].join('\n')}\n`;
}

export function outletFile(name: string, kind?: string): string {
  return `${[modeline('outlet'), ...fieldLines(schemaOf('outlet'), kind ? { name, kind } : { name })].join('\n')}\n`;
}

export function reportFile(archive: string): string {
  const front = [modeline('report'), ...fieldLines(schemaOf('report'), { archive })];
  return [
    '---',
    ...front,
    '---',
    '',
    '<!-- Our summary of the report, in our own words. Context from outside the report goes in a',
    '     :::outside-context block. Words in quotation marks must be verbatim in the archived copy. -->',
    '',
  ].join('\n');
}

export function storyFile(): string {
  return [
    '---',
    modeline('story'),
    ...fieldLines(schemaOf('story'), {}),
    '---',
    '',
    '<!-- The overview, in our own words: what the reports agree on, where they differ. -->',
    '',
  ].join('\n');
}

/** A first analysis: one claim to copy, no quotes or questions yet (`npm run draft` proposes them). */
export function analysisFile(): string {
  const schema = schemaOf('analysis');
  const claims = schema.properties?.claims;
  const quotes = schema.properties?.quotes;
  const questions = schema.properties?.questions;
  const claim = claims?.items ?? {};
  const lines = [
    modeline('analysis'),
    `# ${explain(claims ?? {}, true)}`,
    'claims:',
    ...fieldLines(claim, {}, '    ').map((l, i, all) =>
      i === all.findIndex((x) => !x.trimStart().startsWith('#')) ? `  - ${l.trimStart()}` : l,
    ),
    `# ${explain(quotes ?? {}, false)} \`npm run draft -- <story> <report>\` proposes them from the archive.`,
    'quotes: []',
    `# ${explain(questions ?? {}, false)}`,
    'questions: []',
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * Adds `id` to the `reports:` list of a story.md, keeping the rest of the file as written. Handles
 * a block list (`reports:` then `  - id` lines) and a flow list (`reports: [a, b]`).
 */
export function addReportToStory(storyText: string, id: string): string {
  const end = storyText.indexOf('\n---', 3);
  const front = storyText.slice(0, end);
  const rest = storyText.slice(end);
  const flow = /^reports:[ \t]*\[([^\]\n]*)\][ \t]*$/m.exec(front);
  if (flow) {
    const items = (flow[1] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const at = flow.index;
    return `${front.slice(0, at)}reports: [${[...items, id].join(', ')}]${front.slice(at + flow[0].length)}${rest}`;
  }
  const lines = front.split('\n');
  const at = lines.findIndex((l) => /^reports:\s*$/.test(l));
  if (at >= 0) {
    let last = at;
    while (/^[ \t]+-/.test(lines[last + 1] ?? '')) last++;
    const dash = /^([ \t]+-[ \t]*)/.exec(lines[last] ?? '')?.[1] ?? '  - ';
    lines.splice(last + 1, 0, `${dash}${id}`);
    return lines.join('\n') + rest;
  }
  throw new Error('story.md has no `reports:` list to add the report to');
}
