// What a collection is, in one place: each module in collections/ describes one with
// `defineCollection`, and everything else (the check, the content editor, the field reference,
// `npm run new`, Astro's collections) reads that description rather than restating it.
import type { z } from 'astro/zod';
import type { TranslatableFields } from './translation.ts';

/** The two forms a content file takes. */
export const FORMS = {
  /** YAML fields alone. */
  fields: { endings: ['.yaml', '.yml'] },
  /** YAML fields between two `---` lines, then Markdown text. */
  'fields-and-text': { endings: ['.mdx', '.md'] },
} as const;
export type Form = keyof typeof FORMS;

/** A thing `npm run new` asks, in the order it asks. The kind of answer comes from the field's schema. */
export interface Question {
  /** The field it fills, or `text` for the body. */
  field: string;
  /** The question, in plain words. */
  ask: string;
  /** Leave the answer out of the file when none is given (or use the suggestion). */
  optional?: boolean;
  /** An answer offered when none is given, from earlier answers; `nameOf` gives an entry's name. */
  suggest?: (answers: Record<string, unknown>, nameOf: (collection: string, id: string) => string) => string;
  /** The command-line flag that answers it (default: the field's first part, like `attendance`). */
  flag?: string;
  /** Asked only when the answers so far make it apply; otherwise the field is left out of the file. */
  when?: (answers: Record<string, unknown>) => boolean;
}

export interface CollectionDefinition<S extends z.ZodType = z.ZodType> {
  /** The folder under src/content, and the collection's name in the code. */
  name: string;
  schema: S;
  form: Form;
  /** The ending a new file gets (one of the form's endings). */
  ending: string;
  /** How people call one entry and many: `commitment`, `commitments`. */
  noun: { one: string; many: string };
  /** Headings people see in the content editor and the field reference. */
  label: { one: string; many: string };
  /** The field that names an entry for people, offered when choosing one. */
  nameField: string;
  /**
   * The fields whose values, joined with hyphens and made lower case, name a new file: an update
   * on `crisis-cafe` dated 2026-03-02 is `crisis-cafe-2026-03-02`.
   */
  idFrom: readonly string[];
  /** Whether the text below the fields must be written (for the fields-and-text form). */
  textRequired?: boolean;
  /** Ids the site's own pages use under the collection's address, which no entry may take. */
  reservedIds?: readonly string[];
  /**
   * The fields that hold a public place's address, like where a group meets: a postcode in them is
   * the place's, not a person's, so the personal-data check lets it be.
   */
  placeFields?: readonly string[];
  /** What `npm run new` asks, in order; a collection without questions is not offered there. */
  questions?: readonly Question[];
  /**
   * The fields whose words a translation may put into another language (`title`, `aims.*.title`;
   * `text` is the body). Every other field is a fact that only the original sets. None when left out.
   */
  translatable?: TranslatableFields;
  /**
   * The fields whose words no translation changes and which stay in the content's language: names
   * (a partner's, a group's) and others' names for things (the meetings a group attends). Pages in
   * another language say which language they are in, so a screen reader speaks them as written.
   * Never any of `translatable`. None when left out.
   */
  fixedWords?: TranslatableFields;
}

export interface Collection<S extends z.ZodType = z.ZodType> extends CollectionDefinition<S> {
  /** The endings a file of this collection may have, the preferred one first. */
  endings: readonly string[];
}

export function defineCollection<S extends z.ZodType>(definition: CollectionDefinition<S>): Collection<S> {
  const endings = FORMS[definition.form].endings;
  return { ...definition, endings: [definition.ending, ...endings.filter((e) => e !== definition.ending)] };
}

/** A set of collections by name: the project's own, or a test's. */
export type Registry = Readonly<Record<string, Collection>>;

/** Whether files of this collection carry text below their fields. */
export function hasText(collection: Collection): boolean {
  return collection.form === 'fields-and-text';
}
