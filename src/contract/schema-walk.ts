// Reading the schemas as data, through Zod's public classes and the metadata each field is tagged
// with (`.meta()`): which fields there are, what each takes, which other collection it names.
// The check's messages, the content editor, the field reference and `npm run new` all read
// fields this way, so they agree with the schema by construction.
import { z } from 'astro/zod';

type Schema = z.ZodType;

/** What a field is tagged with in the contract, besides its description. */
export interface FieldMeta {
  description?: string;
  /** `date`: a day written YYYY-MM-DD. */
  format?: string;
  /** The collection whose entries' ids this field holds. */
  refersTo?: string;
  /**
   * With `through`: the field holds the id of an item in the list `part` of the entry that the
   * field `through` names (a commitment's aims are aims of the vision its `vision` field names).
   */
  part?: string;
  through?: string;
  /**
   * For a date that records something that happened: why it cannot be after the day the site
   * is built ("An update reports what has happened").
   */
  happened?: string;
  /** The picture set whose pictures' names the field holds (`openmoji`). */
  picture?: string;
  /** A count of people, withheld where it is published when it is 1 to 4 (contract/fields.ts `people`). */
  people?: boolean;
  /** The field beside this one whose count of people, when withheld, withholds this too (it would tell the count). */
  withheldWith?: string;
}

function isWrapper(schema: Schema): schema is z.ZodOptional | z.ZodDefault | z.ZodNullable {
  return schema instanceof z.ZodOptional || schema instanceof z.ZodDefault || schema instanceof z.ZodNullable;
}

/** The field's metadata; a tag on an outer wrapper wins over the same tag inside. */
export function metaOf(schema: Schema): FieldMeta {
  const found: FieldMeta = {};
  for (let s: Schema | undefined = schema; s; s = isWrapper(s) ? (s.unwrap() as Schema) : undefined) {
    const meta = (s.meta() ?? {}) as FieldMeta;
    for (const key of Object.keys(meta) as (keyof FieldMeta)[]) (found as Record<string, unknown>)[key] ??= meta[key];
  }
  return found;
}

/** Looks through optional, default, nullable and preprocess wrappers to the schema that does the work. */
export function unwrap(schema: Schema): Schema {
  let s = schema;
  for (;;) {
    if (isWrapper(s)) s = s.unwrap() as Schema;
    else if (s instanceof z.ZodPipe) s = s.out as Schema;
    else return s;
  }
}

/** True when a field may be left out. */
export function isOptional(schema: Schema): boolean {
  return schema instanceof z.ZodOptional || schema instanceof z.ZodDefault;
}

/** True for a date field. */
export function isDate(schema: Schema): boolean {
  return metaOf(schema).format === 'date';
}

/** The fields of an object schema, by name; undefined for any other schema. */
export function shapeOf(schema: Schema | undefined): Record<string, Schema> | undefined {
  const inner = schema && unwrap(objectForm(schema) ?? schema);
  return inner instanceof z.ZodObject ? (inner.shape as Record<string, Schema>) : undefined;
}

/** The names of an object schema's fields. */
export function keysOf(schema: Schema | undefined): string[] {
  return Object.keys(shapeOf(schema) ?? {});
}

/** What one item of a list field is; undefined when the field is not a list. */
export function elementOf(schema: Schema): Schema | undefined {
  const inner = unwrap(schema);
  return inner instanceof z.ZodArray ? (inner.element as Schema) : undefined;
}

/** The values an enum field allows; undefined for any other field. */
export function choicesOf(schema: Schema): string[] | undefined {
  const inner = unwrap(schema);
  return inner instanceof z.ZodEnum ? (inner.options as string[]) : undefined;
}

/** The smallest and largest values a number field allows. */
export function boundsOf(schema: Schema): { min?: number; max?: number } {
  const inner = unwrap(schema);
  if (!(inner instanceof z.ZodNumber)) return {};
  const finite = (n: number | null) => (n === null || !Number.isFinite(n) ? undefined : n);
  return { min: finite(inner.minValue), max: finite(inner.maxValue) };
}

export type Kind = 'date' | 'enum' | 'boolean' | 'number' | 'list' | 'fields' | 'either' | 'text';

/** The kind of value a field takes. */
export function kindOf(schema: Schema): Kind {
  if (isDate(schema)) return 'date';
  const inner = unwrap(schema);
  if (inner instanceof z.ZodEnum) return 'enum';
  if (inner instanceof z.ZodBoolean) return 'boolean';
  if (inner instanceof z.ZodNumber) return 'number';
  if (inner instanceof z.ZodArray) return 'list';
  if (inner instanceof z.ZodObject) return 'fields';
  if (inner instanceof z.ZodUnion) return 'either';
  return 'text';
}

/** The forms a field that takes one of several forms may take. */
export function formsOf(schema: Schema): Schema[] {
  const inner = unwrap(schema);
  return inner instanceof z.ZodUnion ? ([...inner.options] as Schema[]) : [];
}

/** For a field that takes one of several forms (plain text, or a set of fields), the set-of-fields form. */
export function objectForm(schema: Schema): Schema | undefined {
  return formsOf(schema).find((o) => unwrap(o) instanceof z.ZodObject);
}

/** The schema for the field at `path`, or undefined when there is no such field. */
export function fieldAt(schema: Schema, path: readonly PropertyKey[]): Schema | undefined {
  let s: Schema | undefined = schema;
  for (const step of path) {
    if (!s) return undefined;
    const shape = shapeOf(s);
    const element = elementOf(s);
    if (shape && typeof step === 'string') s = shape[step];
    else if (element && typeof step === 'number') s = element;
    else return undefined;
  }
  return s;
}

/** A field somewhere in a schema, with its path: `[]` stands for each item of a list. */
export interface FieldPath {
  path: readonly (string | '[]')[];
  schema: Schema;
}

/** Every field of an object schema, nested ones too, in the order they are written. */
export function allFields(schema: Schema, prefix: readonly (string | '[]')[] = []): FieldPath[] {
  return Object.entries(shapeOf(schema) ?? {}).flatMap(([name, field]) => {
    const path = [...prefix, name];
    const element = elementOf(field);
    const nested = element ? [...allFields(element, [...path, '[]'])] : shapeOf(field) ? allFields(field, path) : [];
    return [
      { path, schema: field },
      ...(element && !shapeOf(element) ? [{ path: [...path, '[]'], schema: element }] : []),
      ...nested,
    ];
  });
}

/** The values at a field path in some data, each with its concrete path (list positions filled in). */
export function valuesAt(
  data: unknown,
  path: readonly (string | '[]')[],
): { path: (string | number)[]; value: unknown }[] {
  const found: { path: (string | number)[]; value: unknown }[] = [];
  // Depth first, in the data's order; a concrete path is made only where the data has the field,
  // as the rules across files ask this of every entry for each field they look at.
  const walk = (value: unknown, at: (string | number)[], step: number): void => {
    if (step === path.length) {
      if (value !== undefined) found.push({ path: at, value });
      return;
    }
    const key = path[step]!;
    if (key === '[]') {
      if (Array.isArray(value)) for (let i = 0; i < value.length; i++) walk(value[i], [...at, i], step + 1);
    } else if (value && typeof value === 'object' && !Array.isArray(value) && key in value) {
      walk((value as Record<string, unknown>)[key], [...at, key], step + 1);
    }
  };
  walk(data, [], 0);
  return found;
}
