// The checked content of a project, read once per process and shared by the content-check
// integration and every collection's loader (./loader.ts). The integration loads this module
// natively; it then leaves the two functions, and the collections they feed, on globalThis
// (./checker-handle.ts), so the content config and its loaders, which Vite loads, reach the same
// checker and its result without Vite transforming the checker or the contract a second time.
import { checkContent, type CheckedContent } from './check.ts';
import { CHECKER, type Checker } from './checker-handle.ts';
import { collections } from './collections.ts';
import { errorsOf, formatReport } from './problem.ts';

export interface Logger {
  error(message: string): void;
  warn?(message: string): void;
}

const CACHE = Symbol.for('portal.checked-content');
type Cache = Map<string, CheckedContent>;
const cache = (): Cache => ((globalThis as Record<symbol, Cache>)[CACHE] ??= new Map());
const WARNED = Symbol.for('portal.checked-content.warned');
/** The checked content whose warnings have been printed. */
const warned = (): WeakSet<CheckedContent> =>
  ((globalThis as Record<symbol, WeakSet<CheckedContent>>)[WARNED] ??= new WeakSet());

/** The checked content for a project, read once per build and shared by every collection (and the integration). */
export function checkedContent(root: string, base: string, fresh = false): CheckedContent {
  const key = `${root}\u0000${base}`;
  if (fresh) cache().delete(key);
  let checked = cache().get(key);
  if (!checked) {
    checked = checkContent(root, { base, cache: true });
    cache().set(key, checked);
  }
  return checked;
}

/** The sentence that closes a failed build's report. */
export function nothingBuilt(count: number): string {
  return `The content has ${count} ${count === 1 ? 'problem' : 'problems'}, listed above. Nothing was built.`;
}

/**
 * Checks the content; on an error, prints the plain report (warnings too) and stops the process,
 * with no stack trace after it. Warnings alone are printed and the build goes on.
 */
export function checkOrStop(root: string, base: string, logger: Logger): CheckedContent {
  const checked = checkedContent(root, base);
  const warnings = checked.warnings ?? [];
  const errors = errorsOf(checked.problems);
  if (errors.length > 0) {
    logger.error(`\n${formatReport([...errors, ...warnings])}\n\n${nothingBuilt(errors.length)}`);
    process.exit(1);
  }
  // The integration and every collection's loader call this on the same checked content: warn once.
  if (warnings.length > 0 && !warned().has(checked)) {
    warned().add(checked);
    (logger.warn ?? logger.error).call(logger, `\n${formatReport(warnings)}`);
  }
  return checked;
}

/** This checker, as the content config and the loaders take it. */
export const checker: Checker = { checkedContent, checkOrStop, collections };

(globalThis as Record<symbol, Checker | undefined>)[CHECKER] ??= checker;
