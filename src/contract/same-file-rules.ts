// Rules that relate two fields of the same file (a due date and the date it was made, say).
// They run even when another field of the file is wrong, so that a volunteer sees every
// problem in one run rather than one at a time; so they read fields defensively.
import type { z } from 'astro/zod';
import { isRealDate } from './fields.ts';

type Ctx = z.core.$RefinementCtx<unknown>;
type Fields = Record<string, unknown>;

/** Runs `rule` on the file's fields even when other fields failed. */
export function always(rule: (fields: Fields, ctx: Ctx) => void) {
  return [
    (value: unknown, ctx: Ctx) => {
      if (value && typeof value === 'object' && !Array.isArray(value)) rule(value as Fields, ctx);
    },
    { when: () => true },
  ] as const;
}

/** A field's value as a YYYY-MM-DD string when it is a valid date, else undefined. */
export function dateOf(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return typeof value === 'string' && isRealDate(value) ? value : undefined;
}

/** Adds an issue when `later` falls before `earlier`. */
export function notBefore(
  ctx: Ctx,
  path: (string | number)[],
  later: unknown,
  earlier: unknown,
  message: (later: string, earlier: string) => string,
): void {
  const a = dateOf(later);
  const b = dateOf(earlier);
  if (a && b && a < b) ctx.addIssue({ code: 'custom', path, message: message(a, b), input: later });
}
