// The content contract as JSON Schema (draft 2020-12), converted from the Zod schemas by Zod
// itself, so another partnership's tools, and an editor's YAML extension, can check files against
// the same rules the content check uses. One schema per collection in the registry, and one for
// site.yaml: a collection added to the registry is published with no edit here.
import { z } from 'astro/zod';
import type { Registry } from './collection.ts';
import { siteSchema } from './site.ts';

/** The tags the contract puts on fields for its own tools, which are no JSON Schema keyword. */
const OWN_TAGS = ['refersTo', 'part', 'through', 'happened', 'picture', 'people', 'withheldWith'] as const;

/** The formats JSON Schema defines; the contract's own (like `reference-code`) are for its tools, and the field's pattern says the same. */
const STANDARD_FORMATS = new Set([
  'date',
  'date-time',
  'time',
  'duration',
  'email',
  'uri',
  'uri-reference',
  'uuid',
  'regex',
]);

export type JsonSchema = Record<string, unknown>;

/** The file name a schema is published under: `commitments.schema.json`. */
export const schemaFileName = (name: string) => `${name}.schema.json`;

/** The JSON Schema for the files one schema describes: what a volunteer writes (defaults may be left out). */
export function toJsonSchema(schema: z.ZodType, title: string, description: string): JsonSchema {
  const converted = z.toJSONSchema(schema, {
    io: 'input',
    // A rule across fields (`due` not before `made`) has no JSON Schema form; the check still applies it.
    unrepresentable: 'any',
    override: ({ jsonSchema }) => {
      const own = jsonSchema as Record<string, unknown>;
      const refersTo = own.refersTo;
      for (const tag of OWN_TAGS) delete own[tag];
      if (typeof own.format === 'string' && !STANDARD_FORMATS.has(own.format)) delete own.format;
      // Where a field names another entry, say so in words, since JSON Schema cannot check it.
      if (typeof refersTo === 'string' && typeof own.description === 'string' && !own.description.includes(refersTo)) {
        own.description = `${own.description} (an id in ${refersTo}/)`;
      }
    },
  }) as JsonSchema;
  const { $schema, ...rest } = converted;
  return { $schema, title, description, ...rest };
}

const made = new WeakMap<Registry, Record<string, JsonSchema>>();

/**
 * Every schema of the contract by the name it is published under: `site`, then each collection in
 * the registry's order. Worked out once per registry: the data page and the data files both ask.
 */
export function contractSchemas(registry: Registry): Record<string, JsonSchema> {
  let schemas = made.get(registry);
  if (!schemas) made.set(registry, (schemas = schemasOf(registry)));
  return schemas;
}

function schemasOf(registry: Registry): Record<string, JsonSchema> {
  return {
    site: toJsonSchema(siteSchema, 'site.yaml', 'The portal as a whole: src/content/site.yaml.'),
    ...Object.fromEntries(
      Object.values(registry).map((c) => [
        c.name,
        toJsonSchema(
          c.schema,
          c.label.one,
          c.form === 'fields'
            ? `One ${c.noun.one}: a file src/content/${c.name}/<id>${c.ending}.`
            : `The fields of one ${c.noun.one}: the YAML between the two --- lines at the top of src/content/${c.name}/<id>${c.ending}.`,
        ),
      ]),
    ),
  };
}

/** A schema as a published file: the same bytes on every build. */
export function schemaText(schema: JsonSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
