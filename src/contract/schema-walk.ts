// Reading Zod schemas as data: for plain-English errors (which field, which values) and for the
// field reference in CONTRIBUTING.md.
import type { z } from 'astro/zod';

type Schema = z.ZodType;
export interface Def {
  type: string;
  innerType?: Schema;
  in?: Schema;
  out?: Schema;
  shape?: Record<string, Schema>;
  element?: Schema;
  entries?: Record<string, string>;
  options?: Schema[];
}

export function defOf(schema: Schema): Def {
  return (schema as unknown as { def: Def }).def;
}

/** Looks through optional, default and preprocess wrappers to the schema that does the work. */
export function unwrap(schema: Schema): Schema {
  let s = schema;
  for (;;) {
    const def = defOf(s);
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable') && def.innerType)
      s = def.innerType;
    else if (def.type === 'pipe' && def.out) s = def.out;
    else return s;
  }
}

/** The schema for the field at `path`, or undefined when there is no such field. */
export function fieldAt(schema: Schema, path: readonly PropertyKey[]): Schema | undefined {
  let s: Schema | undefined = schema;
  for (const step of path) {
    if (!s) return undefined;
    s = objectForm(s) ?? s;
    const def = defOf(unwrap(s));
    if (def.type === 'object' && def.shape && typeof step === 'string') s = def.shape[step];
    else if (def.type === 'array' && def.element && typeof step === 'number') s = def.element;
    else return undefined;
  }
  return s;
}

/** The names of an object schema's fields. */
export function keysOf(schema: Schema | undefined): string[] {
  if (!schema) return [];
  const def = defOf(unwrap(objectForm(schema) ?? schema));
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

/** True when a field may be left out. */
export function isOptional(schema: Schema): boolean {
  const type = defOf(schema).type;
  return type === 'optional' || type === 'default';
}

/** True for a date field: the one kind of field that is read through a preprocess step. */
export function isDate(schema: Schema): boolean {
  let s = schema;
  while (['optional', 'default', 'nullable'].includes(defOf(s).type)) s = defOf(s).innerType!;
  const def = defOf(s);
  return def.type === 'pipe' && def.in !== undefined && defOf(def.in).type === 'transform';
}

/** For a field that takes one of several forms (plain text, or a set of fields), the set-of-fields form. */
export function objectForm(schema: Schema): Schema | undefined {
  const def = defOf(unwrap(schema));
  return def.type === 'union' ? def.options?.find((o) => defOf(unwrap(o)).type === 'object') : undefined;
}
