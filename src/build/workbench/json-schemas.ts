/**
 * JSON Schemas of the files editors write, generated from the same Zod schemas the build checks
 * with, so VS Code's YAML extension (and any other JSON Schema tool) gives completion, the fields'
 * descriptions and inline errors. Published at `/schema/content/<kind>.schema.json`.
 */
import { z } from 'astro/zod';
import {
  analysisSchema,
  claimSchema,
  outletSchema,
  personSchema,
  questionSchema,
  reportSchema,
  storySchema,
  venueSchema,
} from '../../schemas/index.ts';

/** Each kind of content file and its schema: `report` and `story` describe Markdown frontmatter. */
export const contentSchemas = {
  analysis: analysisSchema,
  person: personSchema,
  outlet: outletSchema,
  report: reportSchema,
  story: storySchema,
} as const;

export type ContentKind = keyof typeof contentSchemas;
export const CONTENT_KINDS = Object.keys(contentSchemas) as ContentKind[];

/**
 * The JSON Schema of what an editor writes (Zod's input side: fields with defaults are optional).
 * A YAML date the parser reads as a Date is written as a string, as the schema describes it.
 */
export function contentJsonSchema(kind: ContentKind, id?: string): Record<string, unknown> {
  const schema = z.toJSONSchema(contentSchemas[kind], {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'any',
    override: refinements,
  });
  return id ? { ...schema, $id: id } : schema;
}

type Override = NonNullable<NonNullable<Parameters<typeof z.toJSONSchema>[1]>['override']>;

/** The Zod refinements JSON Schema can express, so both reject the same files. */
const refinements: Override = ({ zodSchema, jsonSchema }) => {
  const properties = jsonSchema.properties as Record<string, Record<string, unknown>> | undefined;
  // A venue names an outlet, a programme or a platform.
  if (zodSchema === venueSchema) jsonSchema.minProperties = 1;
  // A claim gives at least one report's position.
  if (zodSchema === claimSchema && properties?.positions) properties.positions.minProperties = 1;
  // A question that is not open says what the answer is.
  if (zodSchema === questionSchema) {
    jsonSchema.if = { properties: { status: { const: 'open' } }, required: ['status'] };
    jsonSchema.else = { properties: { answer: true }, required: ['answer'] };
  }
};
