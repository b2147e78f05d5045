// Astro's own log, less one line for every page it writes: at 10,000 entries those are 10,000 lines
// that hide what a person needs (the content check's report, warnings, errors and the closing
// "N page(s) built in …"). Everything else is passed to Astro's usual console output unchanged;
// warnings and errors are never dropped. Loaded by Node itself (astro.config.mjs `logger`), so it
// keeps to JavaScript that needs no compiling.
import type { AstroLoggerDestination, AstroLoggerMessage } from 'astro';
import { stripVTControlCharacters } from 'node:util';
import nodeLogger from 'astro/logger/node';

/** A page's line as Astro writes it while generating routes: "  ├─ /path/index.html", coloured or not. */
const PAGE_LINE = /^\s*[├└]─/;

/** Whether a message is one of the per-page lines: the page, then its time or "(cached)" on the same line. */
export function pageLineFilter(): (message: AstroLoggerMessage) => boolean {
  let restOfPageLine = false;
  return (message) => {
    if (message.level !== 'info') return (restOfPageLine = false);
    if (restOfPageLine && message.label === 'SKIP_FORMAT') {
      restOfPageLine = false;
      return true;
    }
    restOfPageLine =
      message.label === null && !message.newLine && PAGE_LINE.test(stripVTControlCharacters(message.message));
    return restOfPageLine;
  };
}

export default function quietLogger(config: { level?: AstroLoggerMessage['level'] } = {}): AstroLoggerDestination {
  const out = nodeLogger(config);
  const isPageLine = pageLineFilter();
  return {
    write(message) {
      if (!isPageLine(message)) out.write(message);
    },
  };
}
