// The day the site is built for. Apart from ./days.ts, which browser code also imports, so that
// the contract's schemas never reach the browser.
import { isRealDate } from '../contract/index.ts';
import { todayIso } from './days.ts';

/**
 * The day statuses are worked out for: `fixed` (PORTAL_TODAY, to rebuild the site as of another
 * day) when it is a real date written YYYY-MM-DD, else today.
 */
export function buildDay(fixed: string | undefined, now: Date = new Date()): string {
  return fixed && isRealDate(fixed) ? fixed : todayIso(now);
}
