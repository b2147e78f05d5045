// Where the checker, once loaded, is left for the content config (src/content.config.ts) and the
// collections' loaders (./loader.ts).
import type { CheckedContent } from './check.ts';
import type { Logger } from './checked-content.ts';
import type { ContentCollections } from './collections.ts';

export const CHECKER = Symbol.for('portal.checker');

export interface Checker {
  checkedContent(root: string, base: string, fresh?: boolean): CheckedContent;
  checkOrStop(root: string, base: string, logger: Logger): CheckedContent;
  /** Astro's content collections, fed by this checker. */
  collections: ContentCollections;
}
