// The few sentences a browser script writes, made ready on the page so the script needs neither the
// catalogue nor a message parser: each message is cut into its words and the names of the values
// only the browser knows (what was searched for, how many results). A plural is worked out for
// every form the language has (`one`, `few`, `many`, `other`, and any exact `=0`), so the browser
// only picks the form for its number with Intl.PluralRules. src/client/sentences.ts finishes them.
import { parse, TYPE, type MessageFormatElement, type PluralElement } from '@formatjs/icu-messageformat-parser';
import type { Messages } from './messages.ts';

/** Words as they are, or a value the browser fills in (a number written the language's way where `number`). */
export type SentencePart = string | { value: string; number?: true };

/** One message, cut into parts for each plural form: a message with no plural has only `other`. */
export interface Sentence {
  /** The value whose number chooses the form, when the message has a plural. */
  plural?: string;
  forms: Record<string, SentencePart[]>;
}

/** A script's sentences in one language, with what it needs to write numbers and dates that way too. */
export interface SentenceBook {
  locale: string;
  dir: 'ltr' | 'rtl';
  sentences: Record<string, Sentence>;
}

/** A message the browser cannot finish: tags, dates or choices of words need the full formatter. */
export class NotForTheBrowser extends Error {}

function pluralsIn(elements: MessageFormatElement[]): PluralElement[] {
  return elements.flatMap((element) =>
    element.type === TYPE.plural
      ? [element, ...Object.values(element.options).flatMap((option) => pluralsIn(option.value))]
      : [],
  );
}

/** The parts of `elements` with every plural given the form `form` (an `=N` or a category). */
function partsOf(key: string, elements: MessageFormatElement[], form: string, rules: Intl.PluralRules): SentencePart[] {
  const parts: SentencePart[] = [];
  const add = (part: SentencePart) => {
    const last = parts.at(-1);
    if (typeof part === 'string' && typeof last === 'string') parts[parts.length - 1] = last + part;
    else parts.push(part);
  };
  const walk = (list: MessageFormatElement[], counted?: string) => {
    for (const element of list) {
      if (element.type === TYPE.literal) add(element.value);
      else if (element.type === TYPE.argument) add({ value: element.value });
      else if (element.type === TYPE.number && !element.style) add({ value: element.value, number: true });
      else if (element.type === TYPE.pound && counted) add({ value: counted, number: true });
      else if (element.type === TYPE.plural && element.pluralType !== 'ordinal' && !element.offset) {
        // A plural without this exact number takes the form of its category, as the formatter would.
        const category = form.startsWith('=') ? rules.select(Number(form.slice(1))) : form;
        const chosen = element.options[form] ?? element.options[category] ?? element.options.other!;
        walk(chosen.value, element.value);
      } else throw new NotForTheBrowser(`The words for "${key}" use more than plain words, values and plurals.`);
    }
  };
  walk(elements);
  return parts;
}

/** One message of `m`'s catalogue, ready for the browser. */
export function sentenceOf(m: Messages, key: string): Sentence {
  const elements = parse(m.source(key));
  const plurals = pluralsIn(elements);
  const counted = [...new Set(plurals.map((p) => p.value))];
  if (counted.length > 1)
    throw new NotForTheBrowser(
      `The words for "${key}" have plurals on more than one number: the browser finishes one.`,
    );
  if (!counted.length) return { forms: { other: partsOf(key, elements, 'other', new Intl.PluralRules(m.locale)) } };
  const exact = plurals.flatMap((p) => Object.keys(p.options).filter((name) => name.startsWith('=')));
  const rules = new Intl.PluralRules(m.locale);
  const categories = rules.resolvedOptions().pluralCategories;
  const forms = [...new Set([...exact, ...categories, 'other'])];
  return {
    plural: counted[0],
    forms: Object.fromEntries(forms.map((form) => [form, partsOf(key, elements, form, rules)])),
  };
}

/** The messages a script writes, by the names the script knows them by. */
export function sentenceBook(m: Messages, keys: Readonly<Record<string, string>>): SentenceBook {
  return {
    locale: m.locale,
    dir: m.dir,
    sentences: Object.fromEntries(Object.entries(keys).map(([name, key]) => [name, sentenceOf(m, key)])),
  };
}
