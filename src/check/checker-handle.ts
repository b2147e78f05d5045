// Where the checker, once loaded, is left for the content collections' loaders (./loader.ts).
import type { CheckedContent } from './check.ts';
import type { Logger } from './checked-content.ts';

export const CHECKER = Symbol.for('portal.checker');

export interface Checker {
  checkedContent(root: string, base: string, fresh?: boolean): CheckedContent;
  checkOrStop(root: string, base: string, logger: Logger): CheckedContent;
}
